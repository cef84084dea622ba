using System.Security.Cryptography;

namespace Auth.Infrastructure.Security.Keys;

/// <summary>
/// How a generated private key is written to the store: sealed with <see cref="AesGcmEnvelope"/> under the configured
/// key (the key id as associated data, so a sealed key cannot be moved to another row), or, without a configured key,
/// as plain base64 PKCS#8. Plain values always load, so rows written before a key was configured keep working until
/// they are sealed.
/// </summary>
internal sealed class SigningKeyProtector(byte[]? key)
{
    public static readonly SigningKeyProtector None = new(null);

    public bool IsEnabled => key is not null;

    public string Protect(string keyId, ReadOnlySpan<byte> pkcs8) =>
        key is null ? Convert.ToBase64String(pkcs8) : AesGcmEnvelope.Seal(key, pkcs8, Purpose(keyId));

    /// <returns>The PKCS#8 bytes (the caller zeroes them), or null when the value is sealed and this key does not open it.</returns>
    public byte[]? Unprotect(string keyId, string stored)
    {
        if (AesGcmEnvelope.IsSealed(stored)) return key is null ? null : AesGcmEnvelope.Open(key, stored, Purpose(keyId));
        try
        {
            return Convert.FromBase64String(stored);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The sealed form of a plain stored value, or null when there is nothing to seal (no key, or sealed already).</summary>
    public string? SealPlain(string keyId, string stored)
    {
        if (key is null || AesGcmEnvelope.IsSealed(stored)) return null;
        var pkcs8 = Unprotect(keyId, stored);
        if (pkcs8 is null) return null;
        try
        {
            return Protect(keyId, pkcs8);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    private static string Purpose(string keyId) => "signing-key:" + keyId;
}
