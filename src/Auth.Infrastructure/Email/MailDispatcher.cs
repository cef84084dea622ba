using Auth.Application.Abstractions.Messaging;
using Auth.Application.Abstractions.Security;
using Auth.Infrastructure.Email.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Email;

/// <summary>
/// Delivers the durable outbox in the background, in every instance: claims due messages under a lease (exclusive
/// across instances, see <see cref="IMailOutboxStore"/>), sends them through <see cref="IEmailSender"/> a few at once,
/// and marks each sent, due again after a doubling wait, or given up after <see cref="EmailDeliveryOptions.Attempts"/>.
/// It claims at once when a command of this instance stored mail (<see cref="MailDispatchSignal"/>) and otherwise
/// every <see cref="EmailDeliveryOptions.PollInterval"/>. A message claimed by a process that died is claimed again
/// when its lease ends, so it is delivered at least once; only a process that dies between sending and marking sends twice.
/// </summary>
internal sealed partial class MailDispatcher(
    IServiceScopeFactory scopes,
    IEmailSender sender,
    ISecretProtector protector,
    MailDispatchSignal signal,
    MailBacklogGauge gauge,
    IOptions<EmailOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<MailDispatcher> logger) : BackgroundService
{
    private const int MaxErrorLength = 500;
    private static readonly TimeSpan StoreFailurePause = TimeSpan.FromSeconds(1);

    private readonly EmailDeliveryOptions _delivery = options.Value.Delivery;
    private readonly Guid _lease = Guid.NewGuid();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before every start-up service ran: the bodies need the secrets key, which one of them loads.
        if (!await StartedAsync(stoppingToken).ConfigureAwait(false)) return;

        // Each delivery holds a slot until it ends, and a free slot is filled at once: one slow message never holds up the rest.
        using var slots = new SemaphoreSlim(_delivery.MaxConcurrency, _delivery.MaxConcurrency);
        var deliveries = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                var free = 1;
                while (slots.Wait(0)) free++;
                var claimed = await ClaimOrPauseAsync(free, stoppingToken).ConfigureAwait(false);
                if (free > claimed.Count) slots.Release(free - claimed.Count);
                deliveries.RemoveAll(d => d.IsCompleted);

                // The deliveries finish even when the host stops meanwhile: a message half sent is worse than a late stop.
                foreach (var mail in claimed) deliveries.Add(DeliverThenFreeAsync(mail, slots));
                if (claimed.Count > 0) continue;

                await gauge.RefreshAsync(scopes, time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(_delivery.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: no more claims; what is being delivered ends below (or its lease lets another instance finish it).
        }

        await Task.WhenAll(deliveries).ConfigureAwait(false);
    }

    /// <summary>Claims up to <paramref name="max"/> messages; none while the database is away (after a short pause).</summary>
    private async Task<IReadOnlyList<QueuedMail>> ClaimOrPauseAsync(int max, CancellationToken stoppingToken)
    {
        try
        {
            return await ClaimAsync(max, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The database is unreachable for a moment; the stored mail waits for it.
            LogStoreFailed(logger, exception);
            await Task.Delay(StoreFailurePause, time, stoppingToken).ConfigureAwait(false);
            return [];
        }
    }

    private async Task DeliverThenFreeAsync(QueuedMail mail, SemaphoreSlim slots)
    {
        try
        {
            await DeliverAsync(mail, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task.ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<IReadOnlyList<QueuedMail>> ClaimAsync(int max, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var now = time.GetUtcNow();
            return await scope.ServiceProvider.GetRequiredService<IMailOutboxStore>()
                .ClaimAsync(max, _lease, now, now + _delivery.Lease, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeliverAsync(QueuedMail mail, CancellationToken cancellationToken)
    {
        var outcome = await AttemptAsync(mail, cancellationToken).ConfigureAwait(false);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            try
            {
                var store = scope.ServiceProvider.GetRequiredService<IMailOutboxStore>();
                if (!await store.FinishAsync(outcome, cancellationToken).ConfigureAwait(false)) LogLeaseLost(logger, mail.Id, mail.Subject);
            }
            catch (Exception exception)
            {
                // Left claimed: once the lease ends the message is claimed again (and, if it was sent, sent twice).
                LogOutcomeNotStored(logger, mail.Id, mail.Subject, exception);
            }
        }
    }

    private async Task<QueuedMailOutcome> AttemptAsync(QueuedMail mail, CancellationToken cancellationToken)
    {
        var body = mail.ProtectedBody is { } sealedBody ? protector.Unprotect(sealedBody, MailOutbox.BodyPurpose) : null;
        if (body is null)
        {
            LogUndecryptable(logger, mail.Id, mail.Subject);
            MailMetrics.Undelivered.Add(1);
            return QueuedMailOutcome.GivenUp(mail, time.GetUtcNow(), _delivery.Retention, "The body cannot be decrypted with the current secrets key.");
        }

        try
        {
            await sender.SendAsync(new EmailMessage(mail.Recipient, mail.Subject, body), cancellationToken).ConfigureAwait(false);
            return QueuedMailOutcome.Sent(mail, time.GetUtcNow(), _delivery.Retention);
        }
        catch (Exception exception)
        {
            var error = exception.Message.Length <= MaxErrorLength ? exception.Message : exception.Message[..MaxErrorLength];
            var now = time.GetUtcNow();
            if (mail.Attempts >= _delivery.Attempts)
            {
                LogGivenUp(logger, mail.Id, mail.Subject, mail.Attempts, exception);
                MailMetrics.Undelivered.Add(1);
                return QueuedMailOutcome.GivenUp(mail, now, _delivery.Retention, error);
            }

            var delay = _delivery.RetryDelay * Math.Pow(2, mail.Attempts - 1);
            LogRetrying(logger, mail.Id, mail.Subject, mail.Attempts, delay, error);
            return QueuedMailOutcome.Retry(mail, now + delay, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} '{Subject}' not delivered (attempt {Attempt}); retrying in {Delay}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, Guid id, string subject, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Id} '{Subject}' given up after {Attempts} attempts; admins see it under /api/v1/admin/mail/undelivered")]
    private static partial void LogGivenUp(ILogger logger, Guid id, string subject, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Id} '{Subject}' given up: its body cannot be decrypted (was the secrets key changed?)")]
    private static partial void LogUndecryptable(ILogger logger, Guid id, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} '{Subject}': its lease ended before the attempt did, and another dispatcher claimed it; it may arrive twice (raise Email:Delivery:Lease)")]
    private static partial void LogLeaseLost(ILogger logger, Guid id, string subject);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Id} '{Subject}': the outcome of its delivery could not be stored; it is tried again when its lease ends")]
    private static partial void LogOutcomeNotStored(ILogger logger, Guid id, string subject, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The mail outbox could not be read; trying again shortly")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);
}
