using System.Diagnostics.Metrics;
using Auth.Application.Behaviors;
using Auth.Infrastructure.Email.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.Email;

/// <summary>
/// The outbox backlog as the metrics show it: read from the store by the dispatcher when it is idle, at most every
/// <see cref="RefreshInterval"/>, so a scrape never waits for the database.
/// </summary>
internal sealed class MailBacklogGauge
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private Reading _last = new(0, 0);
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public MailBacklogGauge(IMeterFactory? meters = null)
    {
        var meter = meters?.Create(SecurityMetrics.MeterName);
        meter?.CreateObservableGauge("auth.mail.queue.depth", () => Last.Depth, "{message}", "Mail stored and not yet delivered or given up, on every instance.");
        meter?.CreateObservableGauge("auth.mail.queue.oldest_age", () => Last.OldestAgeSeconds, "s", "How long the oldest undelivered message has waited.");
    }

    public Reading Last => Volatile.Read(ref _last);

    public async Task RefreshAsync(IServiceScopeFactory scopes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - _readAt < RefreshInterval) return;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var backlog = await scope.ServiceProvider.GetRequiredService<IMailOutboxStore>().GetBacklogAsync(cancellationToken).ConfigureAwait(false);
            var age = backlog.OldestQueuedAt is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0;
            Volatile.Write(ref _last, new Reading(backlog.Count, age));
            _readAt = now;
        }
    }

    public sealed record Reading(int Depth, double OldestAgeSeconds);
}
