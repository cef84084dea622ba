namespace Auth.Infrastructure.Persistence.Mongo.KeyMaterial;

/// <summary>A <c>server_secrets</c> document: a generated secret shared by every instance, keyed by its name.</summary>
internal sealed class ServerSecretDocument
{
    public required string Name { get; init; }

    public required string Value { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
