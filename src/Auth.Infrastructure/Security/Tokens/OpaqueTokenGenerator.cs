using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Auth.Application.Abstractions.Security;

namespace Auth.Infrastructure.Security.Tokens;

/// <summary>256 random bits as unpadded base64url (43 characters); the store keeps only the SHA-256 in lowercase hex.</summary>
internal sealed class OpaqueTokenGenerator : IOpaqueTokenGenerator
{
    public const int TokenBytes = 32;

    public OpaqueToken Generate()
    {
        Span<byte> bytes = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(bytes);
        var value = Base64Url.EncodeToString(bytes);
        CryptographicOperations.ZeroMemory(bytes);
        return new OpaqueToken(value, Hash(value));
    }

    public string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
