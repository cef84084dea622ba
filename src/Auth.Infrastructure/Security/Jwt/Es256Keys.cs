using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Auth.Application.Abstractions.Security;
using Auth.Infrastructure.Security.Keys;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>Creates, loads and publishes ECDSA P-256 keys. A key's id is its RFC 7638 thumbprint.</summary>
internal static class Es256Keys
{
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    public static (StoredSigningKey Stored, SigningKey Key) Generate(
        DateTimeOffset createdAt, DateTimeOffset retiresAt, DateTimeOffset expiresAt, SigningKeyProtector protector)
    {
        var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = ToSecurityKey(ecdsa);
        var pkcs8 = ecdsa.ExportPkcs8PrivateKey();
        try
        {
            var stored = new StoredSigningKey(key.KeyId, Algorithm, protector.Protect(key.KeyId, pkcs8), createdAt, retiresAt, expiresAt);
            return (stored, new SigningKey(key, createdAt, retiresAt, expiresAt));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    public static bool TryLoad(StoredSigningKey stored, SigningKeyProtector protector, [NotNullWhen(true)] out SigningKey? key)
    {
        key = null;
        if (stored.Algorithm != Algorithm) return false;

        var pkcs8 = protector.Unprotect(stored.KeyId, stored.PrivateKey);
        if (pkcs8 is null) return false;

        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
        }
        catch (CryptographicException)
        {
            ecdsa.Dispose();
            return false;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }

        if (!IsP256(ecdsa))
        {
            ecdsa.Dispose();
            return false;
        }

        key = new SigningKey(new ECDsaSecurityKey(ecdsa) { KeyId = stored.KeyId }, stored.CreatedAt, stored.RetiresAt, stored.ExpiresAt);
        return true;
    }

    /// <summary>A configured key: it never retires, so it signs every token. Throws without echoing the PEM.</summary>
    public static SigningKey FromPem(string pem)
    {
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            ecdsa.Dispose();
            throw new InvalidOperationException($"{JwtOptions.SectionName}:SigningKeyPem is not a PEM EC private key.", ex);
        }

        if (!IsP256(ecdsa) || !HasPrivateKey(ecdsa))
        {
            ecdsa.Dispose();
            throw new InvalidOperationException($"{JwtOptions.SectionName}:SigningKeyPem must be an EC P-256 private key.");
        }

        return new SigningKey(ToSecurityKey(ecdsa), DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.MaxValue);
    }

    public static PublicJsonWebKey ToPublicJwk(SigningKey key)
    {
        var point = key.Key.ECDsa.ExportParameters(includePrivateParameters: false).Q;
        return new PublicJsonWebKey(
            Kty: "EC", Kid: key.KeyId, Alg: Algorithm, Use: "sig", Crv: "P-256",
            X: Base64Url.EncodeToString(point.X), Y: Base64Url.EncodeToString(point.Y), N: null, E: null);
    }

    private static ECDsaSecurityKey ToSecurityKey(ECDsa ecdsa)
    {
        var key = new ECDsaSecurityKey(ecdsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static bool HasPrivateKey(ECDsa ecdsa)
    {
        try
        {
            var parameters = ecdsa.ExportParameters(includePrivateParameters: true);
            CryptographicOperations.ZeroMemory(parameters.D);
            return parameters.D is { Length: > 0 };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool IsP256(ECDsa ecdsa)
    {
        if (ecdsa.KeySize != 256) return false;
        var curve = ecdsa.ExportParameters(includePrivateParameters: false).Curve;
        return curve.IsNamed && curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value;
    }
}
