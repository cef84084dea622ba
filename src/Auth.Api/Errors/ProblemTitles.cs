using Auth.Domain.Primitives;

namespace Auth.Api.Errors;

/// <summary>Titles and the fallback <c>code</c> for responses that no domain error produced (routing, binding, limits).</summary>
internal static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        405 => "Method not allowed",
        409 => "Conflict",
        413 => "Payload too large",
        415 => "Unsupported media type",
        423 => "Locked",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ => "Error",
    };

    public static string CodeFor(int status) => status switch
    {
        400 => ErrorCodes.ValidationFailed,
        401 => ErrorCodes.Unauthorized,
        403 => ErrorCodes.Forbidden,
        404 => ErrorCodes.NotFound,
        405 => ErrorCodes.MethodNotAllowed,
        409 => ErrorCodes.Conflict,
        413 => ErrorCodes.PayloadTooLarge,
        415 => ErrorCodes.UnsupportedMediaType,
        429 => ErrorCodes.RateLimited,
        503 => ErrorCodes.ServiceUnavailable,
        _ => ErrorCodes.InternalError,
    };

    /// <summary>A stable identifier per error code; docs/errors.md describes each.</summary>
    public static string TypeFor(string code) => $"urn:auth:error:{code}";
}
