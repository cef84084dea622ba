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
        NextExpiry = _byKeyId.Count == 0 ? DateTimeOffset.MaxValue : _byKeyId.Values.Min(k => k.ExpiresAt);
    }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>When the first of these keys stops verifying; from then on the set holds a key to delete.</summary>
    public DateTimeOffset NextExpiry { get; }

    /// <summary>The key with this id whatever its schedule, to reuse a parsed key on reload.</summary>
    public SigningKey? Find(string keyId) => _byKeyId.GetValueOrDefault(keyId);

    /// <summary>The key with this id if it may still verify tokens at <paramref name="now"/>.</summary>
    public SigningKey? VerifierAt(string keyId, DateTimeOffset now) =>
        _byKeyId.GetValueOrDefault(keyId) is { } key && key.CanVerifyAt(now) ? key : null;

    /// <summary>The newest key that may still sign; the order is total so that instances sharing a store agree.</summary>
    public SigningKey? SignerAt(DateTimeOffset now) => _byKeyId.Values
        .Where(k => k.CanSignAt(now))
        .OrderByDescending(k => k.CreatedAt)
        .ThenBy(k => k.KeyId, StringComparer.Ordinal)
        .FirstOrDefault();

    public IReadOnlyList<SigningKey> VerifiersAt(DateTimeOffset now) => _byKeyId.Values
        .Where(k => k.CanVerifyAt(now))
        .OrderBy(k => k.CreatedAt)
        .ThenBy(k => k.KeyId, StringComparer.Ordinal)
        .ToList();
}
