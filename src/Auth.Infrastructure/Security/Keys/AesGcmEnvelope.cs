using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Auth.Infrastructure.Security.Keys;

/// <summary>
/// AES-256-GCM for values kept at rest: <c>v1.</c> + base64url(nonce ‖ ciphertext ‖ tag), a fresh 96-bit nonce per
/// value, the purpose as associated data (so a ciphertext only opens for the row it was written for).
/// </summary>
internal static class AesGcmEnvelope
{
    public const int KeyBytes = 32;
    private const string Prefix = "v1.";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    /// <summary>Whether <paramref name="value"/> has the envelope's form (base64 never contains a dot, so plain base64 has not).</summary>
    public static bool IsSealed(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Seal(byte[] key, ReadOnlySpan<byte> plaintext, string purpose)
    {
        var sealedBytes = new byte[NonceBytes + plaintext.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes, plaintext.Length), sealedBytes.AsSpan(NonceBytes + plaintext.Length), Encoding.UTF8.GetBytes(purpose));
        }

        return Prefix + Base64Url.EncodeToString(sealedBytes);
    }

    /// <returns>The plaintext (the caller zeroes it when done), or null when the value was not sealed by this key for this purpose.</returns>
    public static byte[]? Open(byte[] key, string sealedValue, string purpose)
    {
        if (!IsSealed(sealedValue)) return null;

        byte[] sealedBytes;
        try
        {
            sealedBytes = Base64Url.DecodeFromChars(sealedValue.AsSpan(Prefix.Length));
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
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(
                sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, cipherLength), sealedBytes.AsSpan(NonceBytes + cipherLength),
                plain, Encoding.UTF8.GetBytes(purpose));
            return plain;
        }
        catch (AuthenticationTagMismatchException)
        {
            CryptographicOperations.ZeroMemory(plain);
            return null;
        }
    }

    /// <summary>Base64 of exactly <see cref="KeyBytes"/> bytes, else null.</summary>
    public static byte[]? DecodeKey(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == KeyBytes ? buffer[..written] : null;
    }
}
