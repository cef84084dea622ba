namespace Auth.Infrastructure.Security.Keys;

/// <summary>
/// A persisted JWT signing key. It signs new tokens until <see cref="RetiresAt"/>; it verifies tokens, and its public
/// half stays in the JWKS, until <see cref="ExpiresAt"/>, after the last token it signed has expired; then it is
/// deleted. <see cref="PrivateKey"/> is as <see cref="SigningKeyProtector"/> wrote it: sealed, or plain base64 PKCS#8.
/// </summary>
internal sealed record StoredSigningKey(
    string KeyId,
    string Algorithm,
    string PrivateKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset RetiresAt,
    DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"StoredSigningKey {{ KeyId = {KeyId}, Algorithm = {Algorithm}, RetiresAt = {RetiresAt:O} }}";
}
