namespace Auth.Api.RateLimiting;

internal static class RateLimitingSetup
{
    public const string Section = "RateLimiting";

    /// <summary>
    /// Reads <c>RateLimiting:Enabled</c> (default true) and each policy's <c>PermitLimit</c>, <c>Window</c>,
    /// <c>AccountPermitLimit</c> and <c>AccountWindow</c> under <c>RateLimiting:Policies:{name}</c>. The counters live
    /// in the store chosen by <c>RateLimiting:Store</c> (Infrastructure's <c>AddRateLimitStore</c>).
    /// With <c>RateLimiting:Enabled=false</c> every limited route lets everything through. A policy with a limit below
    /// 1 (0 for accounts) or a window that is not positive stops the service at start.
    /// </summary>
    public static IServiceCollection AddAuthRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue($"{Section}:Enabled", true);
        var policies = new Dictionary<string, RateLimitPolicy>(StringComparer.Ordinal);
        foreach (var defaults in RateLimitPolicies.Defaults)
        {
            var section = configuration.GetSection($"{Section}:Policies:{defaults.Name}");
            var policy = defaults with
            {
                PermitLimit = section.GetValue(nameof(RateLimitPolicy.PermitLimit), defaults.PermitLimit),
                Window = section.GetValue(nameof(RateLimitPolicy.Window), defaults.Window),
                AccountPermitLimit = section.GetValue(nameof(RateLimitPolicy.AccountPermitLimit), defaults.AccountPermitLimit),
                AccountWindow = section.GetValue(nameof(RateLimitPolicy.AccountWindow), defaults.AccountWindow),
            };
            if (!policy.IsValid)
            {
                throw new InvalidOperationException(
                    $"{Section}:Policies:{policy.Name}: PermitLimit must be at least 1, AccountPermitLimit at least 0 (0: no " +
                    "per-account limit) and Window and AccountWindow positive (for example 00:01:00).");
            }

            policies[policy.Name] = policy;
        }

        services.AddSingleton(new RateLimitingOptions(enabled, policies));
        return services;
    }

    /// <summary>Limits the route by the named policy: per client IP, and per account when the body is an <see cref="IAccountRequest"/>.</summary>
    public static RouteHandlerBuilder RequireRateLimit(this RouteHandlerBuilder builder, string policy) =>
        builder.AddEndpointFilter(new RateLimitEndpointFilter(policy))
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
