using System.Threading.RateLimiting;
using Auth.Api.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace Auth.Api.RateLimiting;

internal static class RateLimitingSetup
{
    /// <summary>
    /// Registers the per-route policies. With <c>RateLimiting:Enabled=false</c> every policy lets everything through,
    /// so endpoints keep their policy names either way.
    /// </summary>
    public static IServiceCollection AddAuthRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("RateLimiting:Enabled", true);
        services.AddRateLimiter(options =>
        {
            options.OnRejected = async (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                ErrorToProblemDetails.SetRetryAfter(context.HttpContext, wait);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Detail = "Too many requests; retry later." },
                });
            };

            foreach (var (name, permits) in RateLimitPolicies.DefaultPermitsPerMinute)
            {
                var limit = configuration.GetValue($"RateLimiting:Policies:{name}:PermitLimit", permits);
                options.AddPolicy(name, context => enabled
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        $"{name}:{context.Connection.RemoteIpAddress}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(name));
            }
        });
        return services;
    }
}
