namespace Auth.Infrastructure.Persistence.Verifications;

/// <summary>A row of <c>verifications</c>: the persisted form of <see cref="Application.Abstractions.Persistence.VerificationEntry"/>.</summary>
internal sealed class VerificationRow
{
    public Guid Id { get; init; }

    public required string Identifier { get; init; }

    public required string ValueHash { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
