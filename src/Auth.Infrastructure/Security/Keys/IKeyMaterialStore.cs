namespace Auth.Infrastructure.Security.Keys;

/// <summary>
/// Where generated key material lives (the database of the configured provider), so that every instance and
/// every restart sign and verify with the same keys.
/// </summary>
internal interface IKeyMaterialStore
{
    Task<IReadOnlyList<StoredSigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken);

    Task AddSigningKeyAsync(StoredSigningKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="value"/> under <paramref name="name"/> unless a secret of that name exists, and
    /// returns the stored value: the first writer wins, so concurrent instances end up with the same secret.
    /// </summary>
    Task<string> GetOrAddSecretAsync(string name, string value, CancellationToken cancellationToken);
}
