namespace Auth.Api.RateLimiting;

/// <summary><c>RateLimiting:Enabled</c> and the policies with their configured figures.</summary>
internal sealed class RateLimitingOptions(bool enabled, IReadOnlyDictionary<string, RateLimitPolicy> policies)
{
    public bool Enabled { get; } = enabled;

    public RateLimitPolicy Policy(string name) =>
        policies.TryGetValue(name, out var policy) ? policy : throw new InvalidOperationException($"No rate-limit policy named '{name}'.");
}
