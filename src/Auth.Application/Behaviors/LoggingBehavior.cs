using System.Diagnostics;
using Auth.Domain.Primitives;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Auth.Application.Behaviors;

/// <summary>
/// Logs which use case ran, how it ended (error code) and how long it took. Never the message itself:
/// messages carry passwords, codes and tokens. A query that succeeded logs at Debug: it changed nothing, and at
/// Information a line for every authenticated read costs about 5 % of the read (docs/performance.md).
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response is Result { Error: { } error })
            LogFailed(logger, typeof(TMessage).Name, error.Code, elapsed);
        else if (message is IBaseCommand)
            LogHandled(logger, typeof(TMessage).Name, elapsed);
        else
            LogQueryHandled(logger, typeof(TMessage).Name, elapsed);
        return response;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{UseCase} succeeded in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string useCase, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{UseCase} succeeded in {ElapsedMs:0.0} ms")]
    private static partial void LogQueryHandled(ILogger logger, string useCase, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UseCase} failed with {ErrorCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string useCase, string errorCode, double elapsedMs);
}
