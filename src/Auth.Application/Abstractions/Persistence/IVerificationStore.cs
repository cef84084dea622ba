namespace Auth.Application.Abstractions.Persistence;

/// <summary>
/// Short-lived single-use secrets: the state of a provider sign-in in flight (PKCE verifier, nonce, the app's
/// redirect URI) and the one-time codes apps exchange for tokens. Implemented for EF (the <c>verifications</c> table)
/// and for MongoDB (a <c>verifications</c> collection with a TTL index on <c>expiresAt</c>).
/// </summary>
public interface IVerificationStore
{
    /// <summary>Stages a new entry; it is written when the unit of work saves, with the rest of the command.</summary>
    void Add(VerificationEntry entry);

    /// <summary>
    /// Takes the entry with this identifier and value hash if it has not expired at <paramref name="now"/>, deleting it
    /// at once (not at the unit of work's save) with a single delete whose row count decides: of two concurrent
    /// calls only one gets the entry, so a replay always fails. Returns null when there is nothing to take.
    /// </summary>
    Task<VerificationEntry?> ConsumeAsync(string identifier, string valueHash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes every entry that expired at or before <paramref name="now"/>, at once; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
