using System.Threading.Channels;
using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Auth.Infrastructure.Sessions;

/// <summary>
/// A queue of session uses written by one background loop, each write the repository's conditional update in a scope
/// of its own. The queue is bounded: when it is full a use is dropped (the next request finds it due again) rather
/// than making a request wait. What is queued at shutdown is written before the host stops.
/// </summary>
internal sealed partial class BackgroundSessionUseRecorder(IServiceScopeFactory scopes, ILogger<BackgroundSessionUseRecorder> logger)
    : BackgroundService, ISessionUseRecorder
{
    private const int Capacity = 10_000;

    private readonly Channel<SessionUse> _uses = Channel.CreateBounded<SessionUse>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Record(SessionUse use) => _uses.Writer.TryWrite(use);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _uses.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await WriteQueuedAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Only the wait stops with the host: a write under way finishes (a use taken off the queue is not lost).
            while (await _uses.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
                await WriteQueuedAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    private async Task WriteQueuedAsync(CancellationToken cancellationToken)
    {
        if (!_uses.Reader.TryPeek(out _)) return;
        await using var scope = scopes.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<ISessionRepository>();
        while (_uses.Reader.TryRead(out var use))
        {
            try
            {
                await sessions.RecordUseAsync(use, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A session's last use could not be recorded; its next request records it")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
