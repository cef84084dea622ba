using Auth.Api.Errors;
using Auth.Application.Abstractions.RateLimiting;
using Auth.Application.Behaviors;

namespace Auth.Api.RateLimiting;

/// <summary>
/// Counts the request against its policy once the body is bound: first per client IP, then, when the body names an
/// account, per account (SHA-256 of the normalised email, so every IP shares one counter per address). The first
/// limit exceeded answers 429 <c>rate_limited</c> with <c>Retry-After</c>; a request refused per IP is not counted
/// against the account. Malformed bodies never get here (they are refused by binding).
/// </summary>
internal sealed class RateLimitEndpointFilter(string policyName) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<RateLimitingOptions>();
        if (!options.Enabled) return await next(context);

        var policy = options.Policy(policyName);
        var store = http.RequestServices.GetRequiredService<IRateLimitStore>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

        var ipKey = RateLimitKeys.ForIp(policy.Name, http.Connection.RemoteIpAddress);
        var decision = (await store.HitAsync(ipKey, policy.Window, now, http.RequestAborted)).Decide(policy.PermitLimit, policy.Window, now);
        if (decision.IsAllowed && policy.LimitsAccounts)
        {
            var email = context.Arguments.OfType<IAccountRequest>().FirstOrDefault()?.Email;
            var accountKey = RateLimitKeys.ForAccount(policy.Name, email);
            if (accountKey is not null)
            {
                decision = (await store.HitAsync(accountKey, policy.AccountWindow, now, http.RequestAborted))
                    .Decide(policy.AccountPermitLimit, policy.AccountWindow, now);
            }
        }

        if (decision.IsAllowed) return await next(context);
        SecurityMetrics.RateLimited.Add(1, new KeyValuePair<string, object?>("policy", policy.Name));
        return RateLimitErrors.Limited(decision.RetryAfter).ToProblem(http);
    }
}
