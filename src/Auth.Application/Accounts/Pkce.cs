using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Auth.Application.Accounts;

/// <summary>RFC 7636: the S256 challenge of a code verifier is the unpadded base64url of its SHA-256.</summary>
public static class Pkce
{
    public const string Method = "S256";

    public static string Challenge(string codeVerifier)
    {
        ArgumentException.ThrowIfNullOrEmpty(codeVerifier);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));
    }
}
