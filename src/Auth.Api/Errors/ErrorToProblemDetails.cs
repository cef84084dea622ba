using System.Globalization;
using Auth.Application.Abstractions.RateLimiting;
using Auth.Domain.Primitives;

namespace Auth.Api.Errors;

/// <summary>The one place where an expected failure becomes an RFC 9457 problem details response.</summary>
internal static class ErrorToProblemDetails
{
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Locked => StatusCodes.Status423Locked,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static IResult ToProblem(this Error error, HttpContext context)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        foreach (var (name, value) in error.Details)
        {
            if (name == "field") continue;
            extensions[name] = value;
        }

        if (error.Kind == ErrorKind.Validation && !extensions.ContainsKey("errors") && error.Details.TryGetValue("field", out var field))
            extensions["errors"] = new Dictionary<string, string[]> { [(string)field] = [error.Description] };

        if (error.Details.TryGetValue(RateLimitErrors.RetryAfterSecondsDetail, out var seconds) && seconds is int wait)
            SetRetryAfter(context, TimeSpan.FromSeconds(wait));
        else if (error.Details.TryGetValue("nextResendAllowedAt", out var next) && next is DateTimeOffset retryAt)
            SetRetryAfter(context, retryAt - context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());

        return TypedResults.Problem(
            detail: error.Description,
            statusCode: StatusOf(error.Kind),
            title: ProblemTitles.For(StatusOf(error.Kind)),
            type: ProblemTitles.TypeFor(error.Code),
            extensions: extensions);
    }

    public static void SetRetryAfter(HttpContext context, TimeSpan wait) =>
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
