using Auth.Application.Abstractions.Persistence;
using Auth.Infrastructure.Security.Keys;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.KeyMaterial;

/// <summary>
/// Key material in <c>signing_keys</c> and <c>server_secrets</c>, each keyed by its natural key in <c>_id</c>, so
/// the primary key decides races. A singleton, like its users; the collections are thread-safe.
/// </summary>
internal sealed class MongoKeyMaterialStore(AuthMongoDatabase database, TimeProvider timeProvider) : IKeyMaterialStore
{
    public async Task<IReadOnlyList<StoredSigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken)
    {
        var documents = await database.SigningKeys
            .Find(FilterDefinition<SigningKeyDocument>.Empty)
            .Sort(Builders<SigningKeyDocument>.Sort.Ascending(k => k.CreatedAt).Ascending(k => k.KeyId))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return documents
            .Select(k => new StoredSigningKey(k.KeyId, k.Algorithm, k.PrivateKey, k.CreatedAt, k.RetiresAt, k.ExpiresAt))
            .ToList();
    }

    public async Task AddSigningKeyAsync(StoredSigningKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var document = new SigningKeyDocument
        {
            KeyId = key.KeyId,
            Algorithm = key.Algorithm,
            PrivateKey = key.PrivateKey,
            CreatedAt = key.CreatedAt,
            RetiresAt = key.RetiresAt,
            ExpiresAt = key.ExpiresAt,
        };
        try
        {
            await database.SigningKeys.InsertOneAsync(document, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            throw new UniqueConstraintViolationException($"A signing key with id '{key.KeyId}' is already stored.", exception);
        }
    }

    public async Task<int> DeleteExpiredSigningKeysAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await database.SigningKeys.DeleteManyAsync(ExpiredFilter(now), cancellationToken).ConfigureAwait(false);
        return (int)result.DeletedCount;
    }

    public async Task<bool> ReplacePrivateKeyAsync(string keyId, string current, string replacement, CancellationToken cancellationToken)
    {
        var result = await database.SigningKeys
            .UpdateOneAsync(PrivateKeyFilter(keyId, current), Builders<SigningKeyDocument>.Update.Set(k => k.PrivateKey, replacement), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return result.ModifiedCount > 0;
    }

    /// <summary>
    /// Reads the secret; when it is missing, inserts <paramref name="value"/>. When another instance inserted between
    /// the read and the insert, <c>_id</c> refuses the second document and the winner's value is read and returned.
    /// </summary>
    public async Task<string> GetOrAddSecretAsync(string name, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(value);

        if (await FindSecretAsync(name, cancellationToken).ConfigureAwait(false) is { } existing) return existing;

        try
        {
            var secret = new ServerSecretDocument { Name = name, Value = value, CreatedAt = timeProvider.GetUtcNow() };
            await database.ServerSecrets.InsertOneAsync(secret, cancellationToken: cancellationToken).ConfigureAwait(false);
            return value;
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            return await FindSecretAsync(name, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The secret '{name}' was reported taken but cannot be read.", exception);
        }
    }

    private async Task<string?> FindSecretAsync(string name, CancellationToken cancellationToken)
    {
        var secret = await database.ServerSecrets
            .Find(Builders<ServerSecretDocument>.Filter.Eq(s => s.Name, name))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return secret?.Value;
    }

    internal static FilterDefinition<SigningKeyDocument> ExpiredFilter(DateTimeOffset now) =>
        Builders<SigningKeyDocument>.Filter.Lte(k => k.ExpiresAt, now);

    internal static FilterDefinition<SigningKeyDocument> PrivateKeyFilter(string keyId, string current) =>
        Builders<SigningKeyDocument>.Filter.Eq(k => k.KeyId, keyId) & Builders<SigningKeyDocument>.Filter.Eq(k => k.PrivateKey, current);
}
