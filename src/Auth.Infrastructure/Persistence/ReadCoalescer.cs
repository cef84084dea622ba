namespace Auth.Infrastructure.Persistence;

/// <summary>
/// Lets concurrent lookups by key share one database round trip. On a database server most of a small read's cost
/// is the round trip itself (a socket write, a wake-up, a read, on both sides), so under load N lookups in one
/// query cost little more than one.
/// <list type="bullet">
/// <item>A lookup joins the queue. If fewer than <c>maxInFlight</c> loads are running it starts one at once, so a
/// lone lookup waits for nothing.</item>
/// <item>Otherwise it waits for the next load, which starts as soon as a running one ends and takes every queued key
/// (distinct keys, at most <c>maxBatch</c>; a repeated key waits for the load after).</item>
/// <item>A lookup never joins a load that has already started, so it sees every write committed before it was made.</item>
/// <item>A failed load fails only its own lookups; a lookup whose caller gives up leaves the others alone.</item>
/// </list>
/// </summary>
internal sealed class ReadCoalescer<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly Func<TKey[], Task<IReadOnlyDictionary<TKey, TValue>>> _load;
    private readonly int _maxInFlight;
    private readonly int _maxBatch;
    private readonly object _gate = new();
    private List<Lookup> _queue = [];
    private int _running;

    /// <param name="load">Reads the values of distinct keys; a key it does not return has no value.</param>
    /// <param name="maxInFlight">How many loads may run at once.</param>
    /// <param name="maxBatch">How many keys one load may take.</param>
    public ReadCoalescer(Func<TKey[], Task<IReadOnlyDictionary<TKey, TValue>>> load, int maxInFlight, int maxBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _load = load;
        _maxInFlight = maxInFlight;
        _maxBatch = maxBatch;
    }

    public Task<TValue?> FindAsync(TKey key, CancellationToken cancellationToken)
    {
        var lookup = new Lookup(key);
        bool start;
        lock (_gate)
        {
            _queue.Add(lookup);
            start = _running < _maxInFlight;
            if (start) _running++;
        }

        // Unsafe: the loads belong to no one request, so they must not carry its trace, log scope or other ambient state.
        if (start) ThreadPool.UnsafeQueueUserWorkItem(static coalescer => _ = coalescer.RunAsync(), this, preferLocal: false);

        return lookup.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        while (TakeBatch() is { } batch)
        {
            IReadOnlyDictionary<TKey, TValue> found;
            try
            {
                found = await _load([.. batch.Select(l => l.Key)]).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever the load throws belongs to the lookups that waited for it, not to this loop.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                foreach (var lookup in batch) lookup.TrySetException(exception);
                continue;
            }

            foreach (var lookup in batch) lookup.TrySetResult(found.GetValueOrDefault(lookup.Key));
        }
    }

    /// <summary>The next batch of distinct keys, or null (and one runner fewer) when nothing waits.</summary>
    private List<Lookup>? TakeBatch()
    {
        lock (_gate)
        {
            if (_queue.Count == 0)
            {
                _running--;
                return null;
            }

            if (_queue.Count == 1)
            {
                var single = _queue;
                _queue = [];
                return single;
            }

            var batch = new List<Lookup>(Math.Min(_queue.Count, _maxBatch));
            var keys = new HashSet<TKey>();
            var left = new List<Lookup>();
            foreach (var lookup in _queue)
            {
                if (batch.Count < _maxBatch && keys.Add(lookup.Key)) batch.Add(lookup);
                else left.Add(lookup);
            }

            _queue = left;
            return batch;
        }
    }

    /// <summary>One caller's lookup; its continuation runs on the thread pool, never inside the load loop.</summary>
    private sealed class Lookup(TKey key) : TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public TKey Key { get; } = key;
    }
}
