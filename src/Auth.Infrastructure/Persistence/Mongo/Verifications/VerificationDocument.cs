using Auth.Application.Abstractions.Persistence;

namespace Auth.Infrastructure.Persistence.Mongo.Verifications;

/// <summary>
/// A <c>verifications</c> document: the stored form of a <see cref="VerificationEntry"/> (the value's SHA-256, never
/// the value), keyed by a time-ordered id like the relational table's rows.
/// </summary>
internal sealed class VerificationDocument
{
    public Guid Id { get; init; }

    public required string Identifier { get; init; }

    public required string ValueHash { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public static VerificationDocument From(VerificationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new VerificationDocument
        {
            Id = Guid.CreateVersion7(entry.CreatedAt),
            Identifier = entry.Identifier,
            ValueHash = entry.ValueHash,
            Payload = entry.Payload,
            CreatedAt = entry.CreatedAt,
            ExpiresAt = entry.ExpiresAt,
        };
    }

    public VerificationEntry ToEntry() => new(Identifier, ValueHash, Payload, CreatedAt, ExpiresAt);
}
