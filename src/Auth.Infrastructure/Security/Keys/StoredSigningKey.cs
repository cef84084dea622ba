namespace Auth.Infrastructure.Security.Keys;

/// <summary>
/// A persisted JWT signing key. It signs new tokens until <see cref="RetiresAt"/>; its public half stays in the
/// JWKS until <see cref="ExpiresAt"/>, when the last token it signed has expired.
/// </summary>
internal sealed record StoredSigningKey(
    string KeyId,
    string Algorithm,
    string PrivateKeyPkcs8Base64,
    DateTimeOffset CreatedAt,
    DateTimeOffset RetiresAt,
    DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"StoredSigningKey {{ KeyId = {KeyId}, Algorithm = {Algorithm}, RetiresAt = {RetiresAt:O} }}";
}
