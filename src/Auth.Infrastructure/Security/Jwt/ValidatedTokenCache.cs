using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Auth.Application.Abstractions.Security;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>
/// Access tokens that passed full validation, so a client presenting the same token again skips the ES256
/// verification (about 70 µs). Keyed by the SHA-256 of the token, never the token itself. An entry is answered only
/// while <c>now</c> lies between its validation and min(the token's expiry with the validator's skew,
/// <see cref="MaxHold"/> later), checked on every hit. At most <c>capacity</c> entries: when full, expired
/// entries are swept (at most once per <see cref="SweepInterval"/>) and otherwise new tokens are simply not added.
/// </summary>
internal sealed class ValidatedTokenCache(int capacity)
{
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);
    private const int StackHashLimit = 2048;

    private readonly ConcurrentDictionary<TokenDigest, Entry> _entries = new();
    private int _count;
    private long _nextSweepTicks;

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(string token, DateTimeOffset now, out AccessTokenSubject subject, out string keyId)
    {
        (subject, keyId) = (null!, null!);
        if (capacity <= 0) return false;

        var digest = Digest(token);
        if (!_entries.TryGetValue(digest, out var entry)) return false;
        if (now < entry.ValidatedAt || now >= entry.ValidUntil)
        {
            Remove(digest);
            return false;
        }

        (subject, keyId) = (entry.Subject, entry.KeyId);
        return true;
    }

    public void Add(string token, AccessTokenSubject subject, string keyId, DateTimeOffset validUntil, DateTimeOffset now)
    {
        if (capacity <= 0) return;
        if (Count >= capacity && !SweepExpired(now)) return;

        var capped = validUntil < now + MaxHold ? validUntil : now + MaxHold;
        if (_entries.TryAdd(Digest(token), new Entry(subject, keyId, now, capped))) Interlocked.Increment(ref _count);
    }

    private void Remove(TokenDigest digest)
    {
        if (_entries.TryRemove(digest, out _)) Interlocked.Decrement(ref _count);
    }

    /// <returns>Whether there is room now.</returns>
    private bool SweepExpired(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due)
            return false;

        foreach (var (digest, entry) in _entries)
            if (now >= entry.ValidUntil || now < entry.ValidatedAt) Remove(digest);
        return Count < capacity;
    }

    private static TokenDigest Digest(string token)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var length = Encoding.UTF8.GetMaxByteCount(token.Length);
        byte[]? rented = length > StackHashLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> bytes = rented is null ? stackalloc byte[StackHashLimit] : rented;
            var written = Encoding.UTF8.GetBytes(token, bytes);
            SHA256.HashData(bytes[..written], hash);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }

        return TokenDigest.From(hash);
    }

    private sealed record Entry(AccessTokenSubject Subject, string KeyId, DateTimeOffset ValidatedAt, DateTimeOffset ValidUntil);
}
