using Auth.Infrastructure.Security.Keys;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>Bound from <c>Auth:Jwt</c>.</summary>
internal sealed class JwtOptions
{
    public const string SectionName = "Auth:Jwt";

    public string Issuer { get; set; } = "auth";

    public string Audience { get; set; } = "auth-api";

    /// <summary>How long a generated key signs new tokens before the next one is generated.</summary>
    public int KeyLifetimeDays { get; set; } = 90;

    /// <summary>
    /// A PKCS#8 PEM EC P-256 private key. When set it signs every token, no key is generated, and it is the only key
    /// tokens are accepted from: keys in the store are not trusted.
    /// </summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>
    /// Base64 of 32 random bytes: the AES-256-GCM key that seals generated private keys in the store. Without it they
    /// are stored in clear, and whoever can read the <c>signing_keys</c> table can sign access tokens.
    /// </summary>
    public string? SigningKeyEncryptionKey { get; set; }

    /// <summary>
    /// How often each instance re-reads the stored keys, at most: on the signing path, for an unknown key id and for the
    /// JWKS. A key retired or added by another instance (or an operator) is followed within this many seconds.
    /// </summary>
    public int KeyReloadSeconds { get; set; } = 30;

    /// <summary>How many validated access tokens to remember (see <see cref="ValidatedTokenCache"/>); 0 turns the cache off.</summary>
    public int ValidationCacheSize { get; set; } = 10_000;

    internal TimeSpan KeyLifetime => TimeSpan.FromDays(KeyLifetimeDays);

    internal TimeSpan KeyReloadInterval => TimeSpan.FromSeconds(KeyReloadSeconds);

    internal bool IsValid =>
        !string.IsNullOrWhiteSpace(Issuer) && !string.IsNullOrWhiteSpace(Audience) && KeyLifetimeDays >= 1 && KeyReloadSeconds >= 1 && ValidationCacheSize >= 0
        && (string.IsNullOrEmpty(SigningKeyEncryptionKey) || AesGcmEnvelope.DecodeKey(SigningKeyEncryptionKey) is not null);

    internal SigningKeyProtector CreateProtector()
    {
        if (string.IsNullOrEmpty(SigningKeyEncryptionKey)) return SigningKeyProtector.None;
        return new SigningKeyProtector(AesGcmEnvelope.DecodeKey(SigningKeyEncryptionKey) ?? throw new InvalidOperationException(
            $"{SectionName}:SigningKeyEncryptionKey must be base64 of exactly {AesGcmEnvelope.KeyBytes} bytes."));
    }

    public override string ToString() =>
        $"JwtOptions {{ Issuer = {Issuer}, Audience = {Audience}, KeyLifetimeDays = {KeyLifetimeDays}, KeyReloadSeconds = {KeyReloadSeconds}, ValidationCacheSize = {ValidationCacheSize}, SigningKeyPem = {(SigningKeyPem is null ? "(none)" : "***")}, SigningKeyEncryptionKey = {(SigningKeyEncryptionKey is null ? "(none)" : "***")} }}";
}
