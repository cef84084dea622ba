using System.Collections.Concurrent;
using Auth.Application.Abstractions.RateLimiting;

namespace Auth.Infrastructure.RateLimiting;

/// <summary>
/// <see cref="IRateLimitStore"/> in this process's memory (<c>RateLimiting:Store=Memory</c>, the default): exact and
/// cheap, but each instance counts on its own. Every <see cref="SweepEvery"/> hits, counters whose window has ended
/// are dropped, so the dictionary holds only keys seen within their window.
/// </summary>
internal sealed class MemoryRateLimitStore : IRateLimitStore
{
    internal const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _hitsSinceSweep;

    internal int Count => _entries.Count;

    public Task<RateLimitCounter> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (Interlocked.Increment(ref _hitsSinceSweep) >= SweepEvery)
        {
            Interlocked.Exchange(ref _hitsSinceSweep, 0);
            Sweep(now);
        }

        while (true)
        {
            var entry = _entries.GetOrAdd(key, static _ => new Entry());
            lock (entry)
            {
                if (entry.Removed) continue;
                if (entry.Count == 0 || RateLimitCounter.WindowEnded(entry.WindowStart, window, now))
                {
                    entry.Count = 0;
                    entry.WindowStart = now;
                }

                entry.Count++;
                entry.WindowEnd = entry.WindowStart + window;
                return Task.FromResult(new RateLimitCounter(entry.Count, entry.WindowStart));
            }
        }
    }

    /// <summary>Drops the counters whose window ended at or before <paramref name="now"/>.</summary>
    internal void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            lock (entry)
            {
                if (entry.WindowEnd > now) continue;
                entry.Removed = true;
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed class Entry
    {
        public int Count { get; set; }

        public DateTimeOffset WindowStart { get; set; }

        public DateTimeOffset WindowEnd { get; set; }

        public bool Removed { get; set; }
    }
}
