namespace Auth.Infrastructure.Persistence.KeyMaterial;

/// <summary>A row of <c>signing_keys</c>: the persisted form of <see cref="Security.Keys.StoredSigningKey"/>.</summary>
internal sealed class SigningKeyRow
{
    public required string KeyId { get; init; }

    public required string Algorithm { get; init; }

    /// <summary>Sealed with the configured key (<c>v1.</c>…), or plain base64 PKCS#8 without one.</summary>
    public required string PrivateKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset RetiresAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
