namespace Auth.Application.Abstractions.Persistence;

/// <summary>
/// A short-lived, single-use secret (a row of <c>verifications</c>): what it is for (<see cref="Identifier"/>, such as
/// <c>oauth-state:google</c>), the SHA-256 of its value (the value itself is never stored), what it carries and
/// until when it may be used.
/// </summary>
public sealed record VerificationEntry(string Identifier, string ValueHash, string Payload, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public const int MaxIdentifierLength = 64;
    public const int MaxValueHashLength = 128;

    public override string ToString() =>
        $"VerificationEntry {{ Identifier = {Identifier}, ValueHash = ***, CreatedAt = {CreatedAt:O}, ExpiresAt = {ExpiresAt:O} }}";
}
