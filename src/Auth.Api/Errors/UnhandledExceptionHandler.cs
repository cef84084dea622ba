using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Auth.Api.Errors;

/// <summary>
/// Malformed requests (bad JSON, wrong types, missing or oversize body) become 400/413 problem details; anything
/// else is a 500 problem without internals. The exception is logged without the request body.
/// </summary>
internal sealed partial class UnhandledExceptionHandler(IProblemDetailsService problemDetails, ILogger<UnhandledExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "The request body is too large."),
            BadHttpRequestException { InnerException: JsonException } => (400, "The request body is not valid JSON for this endpoint."),
            BadHttpRequestException bad => (bad.StatusCode, "The request is malformed."),
            JsonException => (400, "The request body is not valid JSON for this endpoint."),
            _ when IsDatabaseUnavailable(exception) => (503, "The database is unavailable; try again shortly."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "The client closed the request."),
            _ => (500, "An unexpected error occurred."),
        };

        if (status >= 500) LogUnexpected(logger, exception, context.Request.Method, context.Request.Path);
        if (status == 499) return true;

        context.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }

    /// <summary>A database error anywhere in the chain (server down, file unreadable, timeout) is unavailability, not a bug.</summary>
    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException or TimeoutException) return true;
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
