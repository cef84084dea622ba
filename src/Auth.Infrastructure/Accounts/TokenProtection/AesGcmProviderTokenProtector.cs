using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Auth.Application.Abstractions.Security;

namespace Auth.Infrastructure.Accounts.TokenProtection;

/// <summary>
/// AES-256-GCM: <c>v1.</c> + base64url(nonce ‖ ciphertext ‖ tag), a fresh 96-bit nonce per value, the purpose as
/// associated data (so a ciphertext only opens for the row it was written for).
/// </summary>
internal sealed class AesGcmProviderTokenProtector(ProviderTokenKeyProvider keys) : IProviderTokenProtector
{
    private const string Prefix = "v1.";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public string Protect(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(purpose);

        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(keys.Key, TagBytes))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(purpose));
        }

        CryptographicOperations.ZeroMemory(plain);
        return Prefix + Base64Url.EncodeToString(sealedBytes);
    }

    public string? Unprotect(string protectedValue, string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        if (protectedValue is null || !protectedValue.StartsWith(Prefix, StringComparison.Ordinal)) return null;

        byte[] sealedBytes;
        try
        {
            sealedBytes = Base64Url.DecodeFromChars(protectedValue.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return null;
        }

        if (sealedBytes.Length < NonceBytes + TagBytes) return null;
        var cipherLength = sealedBytes.Length - NonceBytes - TagBytes;
        var plain = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(keys.Key, TagBytes);
            aes.Decrypt(
                sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, cipherLength), sealedBytes.AsSpan(NonceBytes + cipherLength),
                plain, Encoding.UTF8.GetBytes(purpose));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
