namespace Auth.Infrastructure.Persistence.Mongo.KeyMaterial;

/// <summary>A <c>signing_keys</c> document: the persisted form of <see cref="Security.Keys.StoredSigningKey"/>, keyed by its key id.</summary>
internal sealed class SigningKeyDocument
{
    public required string KeyId { get; init; }

    public required string Algorithm { get; init; }

    /// <summary>Sealed with the configured key (<c>v1.</c>…), or plain base64 PKCS#8 without one.</summary>
    public required string PrivateKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset RetiresAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
