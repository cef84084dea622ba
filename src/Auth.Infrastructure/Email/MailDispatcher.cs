using Auth.Application.Abstractions.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Email;

/// <summary>
/// Delivers queued mail in the background through <see cref="IEmailSender"/>, a few messages at once, retrying a
/// failed one with a doubling wait (<see cref="EmailDeliveryOptions"/>). On shutdown it stops taking mail and
/// delivers what is queued until the host's shutdown deadline.
/// </summary>
internal sealed partial class MailDispatcher(
    MailQueue queue, IEmailSender sender, IOptions<EmailOptions> options, ILogger<MailDispatcher> logger) : IHostedService, IDisposable
{
    private readonly EmailDeliveryOptions _delivery = options.Value.Delivery;
    private readonly CancellationTokenSource _abandon = new();
    private Task _running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _running = Task.Run(() => RunAsync(_abandon.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await using var deadline = cancellationToken.Register(_abandon.Cancel);
        await _running.ConfigureAwait(false);
    }

    public void Dispose() => _abandon.Dispose();

    private async Task RunAsync(CancellationToken abandon)
    {
        using var slots = new SemaphoreSlim(_delivery.MaxConcurrency);
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(abandon).ConfigureAwait(false))
            {
                await slots.WaitAsync(abandon).ConfigureAwait(false);
                _ = DeliverAsync(message, slots, abandon);
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            LogAbandoned(logger);
        }

        // Wait for the deliveries still running, each holding a slot until it ends (once abandoned, they end at once).
        for (var i = 0; i < _delivery.MaxConcurrency; i++) await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private async Task DeliverAsync(EmailMessage message, SemaphoreSlim slot, CancellationToken abandon)
    {
        try
        {
            var delay = _delivery.RetryDelay;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await sender.SendAsync(message, abandon).ConfigureAwait(false);
                    return;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !abandon.IsCancellationRequested)
                {
                    if (attempt >= _delivery.Attempts)
                    {
                        LogLost(logger, message.Subject, attempt, ex);
                        return;
                    }

                    LogRetrying(logger, message.Subject, attempt, delay, ex.Message);
                }

                await Task.Delay(delay, abandon).ConfigureAwait(false);
                delay *= 2;
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            LogAbandonedMessage(logger, message.Subject);
        }
        finally
        {
            queue.Finished();
            slot.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail '{Subject}' not delivered (attempt {Attempt}); retrying in {Delay}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, string subject, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail '{Subject}' lost after {Attempts} attempts")]
    private static partial void LogLost(ILogger logger, string subject, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail '{Subject}' lost: the service stopped before it was delivered")]
    private static partial void LogAbandonedMessage(ILogger logger, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown deadline reached with mail still queued; it was not delivered")]
    private static partial void LogAbandoned(ILogger logger);
}
