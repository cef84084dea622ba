using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Auth.Infrastructure.Persistence;

/// <summary>
/// The "database" readiness check (tag <c>ready</c>, served by <c>/health/ready</c>): the relational database
/// answers within <see cref="Timeout"/>. <c>CanConnectAsync</c> catches a missing SQLite file or database; the
/// <c>SELECT 1</c> round trip catches a server that went away behind pooled connections. The context is resolved
/// inside the check so that a failure while building it (MySQL detecting its server version) also reads as
/// unhealthy instead of an error.
/// </summary>
internal sealed class DatabaseHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string Name = "database";

    public const string ReadyTag = "ready";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var db = services.GetRequiredService<AuthDbContext>();
            if (!await db.Database.CanConnectAsync(timeout.Token).ConfigureAwait(false))
                return new HealthCheckResult(context.Registration.FailureStatus, "The database cannot be reached.");

            await db.Database.ExecuteSqlRawAsync("SELECT 1", timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever the provider throws, the answer is "not ready".
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var reason = exception is OperationCanceledException
                ? $"The database did not answer within {Timeout.TotalSeconds:0} seconds."
                : "The database did not answer.";
            return new HealthCheckResult(context.Registration.FailureStatus, reason, exception);
        }
    }
}
