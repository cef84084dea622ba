using System.Collections.Concurrent;
using Auth.Infrastructure.Security.Keys;

namespace Auth.Infrastructure.Tests.TestSupport;

/// <summary>A key store shared by several instances in a test, as a database would be shared by several servers.</summary>
internal sealed class InMemoryKeyMaterialStore : IKeyMaterialStore
{
    private readonly ConcurrentDictionary<string, StoredSigningKey> _signingKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private int _signingKeyReads;

    public int SigningKeyReads => Volatile.Read(ref _signingKeyReads);

    public IReadOnlyDictionary<string, string> Secrets => _secrets;

    public IReadOnlyCollection<StoredSigningKey> SigningKeys => _signingKeys.Values.ToList();

    public Task<IReadOnlyList<StoredSigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _signingKeyReads);
        return Task.FromResult<IReadOnlyList<StoredSigningKey>>(_signingKeys.Values.ToList());
    }

    public Task AddSigningKeyAsync(StoredSigningKey key, CancellationToken cancellationToken)
    {
        if (!_signingKeys.TryAdd(key.KeyId, key)) throw new InvalidOperationException($"Key {key.KeyId} is already stored.");
        return Task.CompletedTask;
    }

    public Task<int> DeleteExpiredSigningKeysAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = _signingKeys.Values.Where(k => k.ExpiresAt <= now).Count(k => _signingKeys.TryRemove(k.KeyId, out _));
        return Task.FromResult(deleted);
    }

    public Task<bool> ReplacePrivateKeyAsync(string keyId, string current, string replacement, CancellationToken cancellationToken) =>
        Task.FromResult(_signingKeys.TryGetValue(keyId, out var key) && key.PrivateKey == current
            && _signingKeys.TryUpdate(keyId, key with { PrivateKey = replacement }, key));

    /// <summary>What an operator (or another instance's rotation) does in the database: the key signs nothing from <paramref name="at"/>.</summary>
    public void Retire(string keyId, DateTimeOffset at) => _signingKeys.AddOrUpdate(
        keyId, _ => throw new InvalidOperationException($"No key {keyId}."), (_, key) => key with { RetiresAt = at });

    public Task<string> GetOrAddSecretAsync(string name, string value, CancellationToken cancellationToken) =>
        Task.FromResult(_secrets.GetOrAdd(name, value));
}
