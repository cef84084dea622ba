using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Auth.TestSupport.Security;

/// <summary>
/// What an attacker who read a private key out of the database can do: take any token of ours and sign a fresh copy
/// of it.
/// </summary>
public static class TokenForger
{
    /// <summary>The key as the store keeps it without an encryption key: base64 PKCS#8.</summary>
    public static ECDsa ReadPlainKey(string storedPrivateKey)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(storedPrivateKey), out _);
        return ecdsa;
    }

    /// <summary>A copy of <paramref name="token"/> valid from <paramref name="now"/> for 15 minutes, signed with <paramref name="key"/>.</summary>
    public static string Refresh(string token, ECDsa key, DateTimeOffset now)
    {
        var segments = token.Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(segments[1]))!.AsObject();
        payload["iat"] = now.ToUnixTimeSeconds();
        payload["nbf"] = now.ToUnixTimeSeconds();
        payload["exp"] = now.AddMinutes(15).ToUnixTimeSeconds();
        payload["jti"] = Guid.NewGuid().ToString();

        var signingInput = segments[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public static string KeyId(string token) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[0]))!["kid"]!.GetValue<string>();
}
