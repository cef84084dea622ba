namespace Auth.Infrastructure.Security.Jwt;

/// <summary>An immutable snapshot of the stored keys, as parsed at <see cref="LoadedAt"/>.</summary>
internal sealed class SigningKeySet
{
    public static readonly SigningKeySet Empty = new([], DateTimeOffset.MinValue);

    private readonly Dictionary<string, SigningKey> _byKeyId;

    public SigningKeySet(IEnumerable<SigningKey> keys, DateTimeOffset loadedAt)
    {
        _byKeyId = keys.ToDictionary(k => k.KeyId, StringComparer.Ordinal);
        LoadedAt = loadedAt;
    }

    public DateTimeOffset LoadedAt { get; }

    public SigningKey? Find(string keyId) => _byKeyId.GetValueOrDefault(keyId);

    /// <summary>The newest key that may still sign; the order is total so that instances sharing a store agree.</summary>
    public SigningKey? SignerAt(DateTimeOffset now) => _byKeyId.Values
        .Where(k => k.CanSignAt(now))
        .OrderByDescending(k => k.CreatedAt)
        .ThenBy(k => k.KeyId, StringComparer.Ordinal)
        .FirstOrDefault();

    public IReadOnlyList<SigningKey> PublishedAt(DateTimeOffset now) => _byKeyId.Values
        .Where(k => k.IsPublishedAt(now))
        .OrderBy(k => k.CreatedAt)
        .ThenBy(k => k.KeyId, StringComparer.Ordinal)
        .ToList();
}
