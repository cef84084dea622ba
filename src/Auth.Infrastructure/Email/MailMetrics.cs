using System.Diagnostics.Metrics;
using Auth.Application.Behaviors;

namespace Auth.Infrastructure.Email;

/// <summary>The mail outbox's instruments on the service's meter (<see cref="SecurityMetrics.MeterName"/>).</summary>
internal static class MailMetrics
{
    private static readonly Meter Meter = new(SecurityMetrics.MeterName);

    public static readonly Counter<long> Undelivered = Meter.CreateCounter<long>(
        "auth.mail.undelivered", "{message}", "Messages given up after every attempt (listed for admins as undelivered).");
}
