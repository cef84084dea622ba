using Auth.Api.Errors;

namespace Auth.Api.RateLimiting;

/// <summary>
/// Counts the request against its policy (<see cref="RateLimitGate"/>) once the body is bound, per account when the body
/// is an <see cref="IAccountRequest"/>; over a limit it answers 429 <c>rate_limited</c> with <c>Retry-After</c>.
/// Malformed bodies never get here (they are refused by binding).
/// </summary>
internal sealed class RateLimitEndpointFilter(string policyName) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var email = context.Arguments.OfType<IAccountRequest>().FirstOrDefault()?.Email;
        var limited = await RateLimitGate.CheckAsync(context.HttpContext, policyName, email);
        return limited is null ? await next(context) : limited.ToProblem(context.HttpContext);
    }
}
