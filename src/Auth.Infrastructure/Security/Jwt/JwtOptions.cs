namespace Auth.Infrastructure.Security.Jwt;

/// <summary>Bound from <c>Auth:Jwt</c>.</summary>
internal sealed class JwtOptions
{
    public const string SectionName = "Auth:Jwt";

    public string Issuer { get; set; } = "auth";

    public string Audience { get; set; } = "auth-api";

    /// <summary>How long a generated key signs new tokens before the next one is generated.</summary>
    public int KeyLifetimeDays { get; set; } = 90;

    /// <summary>A PKCS#8 PEM EC P-256 private key. When set it signs every token and no key is generated.</summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>How many validated access tokens to remember (see <see cref="ValidatedTokenCache"/>); 0 turns the cache off.</summary>
    public int ValidationCacheSize { get; set; } = 10_000;

    internal TimeSpan KeyLifetime => TimeSpan.FromDays(KeyLifetimeDays);

    internal bool IsValid => !string.IsNullOrWhiteSpace(Issuer) && !string.IsNullOrWhiteSpace(Audience) && KeyLifetimeDays >= 1 && ValidationCacheSize >= 0;

    public override string ToString() =>
        $"JwtOptions {{ Issuer = {Issuer}, Audience = {Audience}, KeyLifetimeDays = {KeyLifetimeDays}, ValidationCacheSize = {ValidationCacheSize}, SigningKeyPem = {(SigningKeyPem is null ? "(none)" : "***")} }}";
}
