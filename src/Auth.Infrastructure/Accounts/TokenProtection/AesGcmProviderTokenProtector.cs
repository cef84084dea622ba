using System.Security.Cryptography;
using System.Text;
using Auth.Application.Abstractions.Security;
using Auth.Infrastructure.Security.Keys;

namespace Auth.Infrastructure.Accounts.TokenProtection;

/// <summary>Provider tokens sealed with <see cref="AesGcmEnvelope"/> under the provider-token key, the purpose as associated data.</summary>
internal sealed class AesGcmProviderTokenProtector(ProviderTokenKeyProvider keys) : ISecretProtector
{
    public string Protect(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(purpose);

        var plain = Encoding.UTF8.GetBytes(plaintext);
        try
        {
            return AesGcmEnvelope.Seal(keys.Key, plain, purpose);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    public string? Unprotect(string protectedValue, string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        if (protectedValue is null) return null;

        var plain = AesGcmEnvelope.Open(keys.Key, protectedValue, purpose);
        if (plain is null) return null;
        try
        {
            return Encoding.UTF8.GetString(plain);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
