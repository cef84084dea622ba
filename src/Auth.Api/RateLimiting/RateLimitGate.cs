using Auth.Application.Abstractions.RateLimiting;
using Auth.Application.Behaviors;
using Auth.Domain.Primitives;

namespace Auth.Api.RateLimiting;

/// <summary>
/// Counts a request against its policy: first per client IP, then, when it names an account, per account (SHA-256 of
/// the normalised email, so every IP shares one counter per address). Returns the 429 <c>rate_limited</c> error of the
/// first limit exceeded, or null; a request refused per IP is not counted against the account. The REST routes
/// (<see cref="RateLimitEndpointFilter"/>) and the hosted pages go through it alike.
/// </summary>
internal static class RateLimitGate
{
    public static async Task<Error?> CheckAsync(HttpContext http, string policyName, string? email)
    {
        var options = http.RequestServices.GetRequiredService<RateLimitingOptions>();
        if (!options.Enabled) return null;

        var policy = options.Policy(policyName);
        var store = http.RequestServices.GetRequiredService<IRateLimitStore>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

        var ipKey = RateLimitKeys.ForIp(policy.Name, http.Connection.RemoteIpAddress);
        var decision = (await store.HitAsync(ipKey, policy.Window, now, http.RequestAborted)).Decide(policy.PermitLimit, policy.Window, now);
        if (decision.IsAllowed && policy.LimitsAccounts && RateLimitKeys.ForAccount(policy.Name, email) is { } accountKey)
        {
            decision = (await store.HitAsync(accountKey, policy.AccountWindow, now, http.RequestAborted))
                .Decide(policy.AccountPermitLimit, policy.AccountWindow, now);
        }

        if (decision.IsAllowed) return null;
        SecurityMetrics.RateLimited.Add(1, new KeyValuePair<string, object?>("policy", policy.Name));
        return RateLimitErrors.Limited(decision.RetryAfter);
    }
}
