namespace Auth.Infrastructure.Security.Keys;

/// <summary>
/// Where generated key material lives (the database of the configured provider), so that every instance and
/// every restart sign and verify with the same keys.
/// </summary>
internal interface IKeyMaterialStore
{
    Task<IReadOnlyList<StoredSigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken);

    Task AddSigningKeyAsync(StoredSigningKey key, CancellationToken cancellationToken);

    /// <summary>Deletes every signing key whose <see cref="StoredSigningKey.ExpiresAt"/> is at or before <paramref name="now"/>.</summary>
    /// <returns>How many were deleted.</returns>
    Task<int> DeleteExpiredSigningKeysAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the private key of <paramref name="keyId"/> with <paramref name="replacement"/> only while it is still
    /// <paramref name="current"/>, so instances rewriting the same row at once cannot undo each other.
    /// </summary>
    /// <returns>Whether the row was changed.</returns>
    Task<bool> ReplacePrivateKeyAsync(string keyId, string current, string replacement, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="value"/> under <paramref name="name"/> unless a secret of that name exists, and
    /// returns the stored value: the first writer wins, so concurrent instances end up with the same secret.
    /// </summary>
    Task<string> GetOrAddSecretAsync(string name, string value, CancellationToken cancellationToken);
}
