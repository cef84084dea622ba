namespace Auth.Infrastructure.Persistence.Mongo.RateLimiting;

/// <summary>Field names of a <c>rate_limits</c> document; <c>_id</c> is the key.</summary>
internal static class RateLimitFields
{
    public const string Key = "_id";
    public const string Count = "count";
    public const string WindowStart = "windowStart";
    public const string WindowEnd = "windowEnd";
    public const string LastRequest = "lastRequest";
}
