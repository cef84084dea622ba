using Microsoft.IdentityModel.Tokens;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>
/// A parsed ES256 key with its schedule: it signs until <see cref="RetiresAt"/>, and verifies tokens and is published
/// until <see cref="ExpiresAt"/>; one instant decides both, so the JWKS never lists a key this service refuses.
/// </summary>
internal sealed record SigningKey(ECDsaSecurityKey Key, DateTimeOffset CreatedAt, DateTimeOffset RetiresAt, DateTimeOffset ExpiresAt)
{
    public string KeyId => Key.KeyId;

    public bool CanSignAt(DateTimeOffset now) => now < RetiresAt;

    public bool CanVerifyAt(DateTimeOffset now) => now < ExpiresAt;

    public override string ToString() => $"SigningKey {{ KeyId = {KeyId}, RetiresAt = {RetiresAt:O}, ExpiresAt = {ExpiresAt:O} }}";
}
