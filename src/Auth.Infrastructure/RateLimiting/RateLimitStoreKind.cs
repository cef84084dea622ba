namespace Auth.Infrastructure.RateLimiting;

/// <summary>The values of <c>RateLimiting:Store</c>, also the service keys of the stores.</summary>
public enum RateLimitStoreKind
{
    /// <summary>Counters in the process (the default): one instance.</summary>
    Memory,

    /// <summary>Counters in the database (<c>rate_limits</c>): shared by every instance.</summary>
    Database,
}
