using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.Persistence;

/// <summary>The settings and the load shared by the repositories' coalesced reads (<see cref="ReadCoalescer{TKey, TValue}"/>).</summary>
internal static class ReadCoalescing
{
    /// <summary>Keys per query: well inside every engine's parameter and statement limits.</summary>
    public const int MaxBatch = 100;

    /// <summary>
    /// One query at a time gathers the most lookups per round trip. JWT reads on PostgreSQL with 32 clients on two
    /// cores: one 18,060 and 18,189/s, two 15,447 and 15,814/s, four 10,484 and 12,746/s (about 9,000 without
    /// coalescing). Even at a 1 ms round trip, one query of <see cref="MaxBatch"/> keys at a time allows 100,000/s.
    /// </summary>
    public const int MaxInFlight = 1;

    /// <summary>
    /// Runs one load on its own pooled context (a new scope): the single-key query for a lone key, which keeps the
    /// plan of an equality on the key, else the query over all keys at once.
    /// </summary>
    public static async Task<IReadOnlyDictionary<TKey, TValue>> LoadAsync<TKey, TValue>(
        IServiceScopeFactory scopes,
        TKey[] keys,
        Func<TValue, TKey> keyOf,
        CompiledQuery<Func<AuthDbContext, TKey, CancellationToken, Task<TValue?>>> single,
        CompiledQuery<Func<AuthDbContext, TKey[], IAsyncEnumerable<TValue>>> many)
        where TKey : notnull
        where TValue : class
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
            var found = new Dictionary<TKey, TValue>(keys.Length);
            if (keys.Length == 1)
            {
                if (await single.For(db)(db, keys[0], CancellationToken.None).ConfigureAwait(false) is { } value)
                {
                    found.Add(keyOf(value), value);
                }

                return found;
            }

            await foreach (var value in many.For(db)(db, keys).ConfigureAwait(false)) found.Add(keyOf(value), value);
            return found;
        }
    }
}
