namespace Auth.Infrastructure.Persistence.KeyMaterial;

/// <summary>A row of <c>server_secrets</c>: a generated secret (such as the OTP hashing key) shared by every instance.</summary>
internal sealed class ServerSecretRow
{
    public required string Name { get; init; }

    public required string Value { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
