using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Persistence.Cleanup;

/// <summary>
/// Runs <see cref="ExpiredDataCleaner"/> once at start and then every <c>Database:Cleanup:Interval</c> on the
/// service's <see cref="TimeProvider"/>, unless <c>Database:Cleanup:Enabled</c> is false. A failed pass (the database
/// is briefly away) is logged and the next tick tries again; it never stops the host. Several instances may run it
/// at once: deleting a row twice deletes nothing the second time.
/// </summary>
internal sealed partial class ExpiredDataCleanupService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<DatabaseOptions> options,
    ILogger<ExpiredDataCleanupService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Cleanup;
        if (!settings.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        // Leave StartAsync at once: the SQLite provider's "async" calls run synchronously.
        await Task.Yield();
        using var timer = new PeriodicTimer(settings.Interval, time);
        do
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var result = await scope.ServiceProvider.GetRequiredService<ExpiredDataCleaner>()
                    .RunAsync(stoppingToken)
                    .ConfigureAwait(false);
                if (result.Total > 0) LogDeleted(logger, result.Otps, result.Sessions, result.RefreshTokens);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed pass must not end the loop: the next tick retries.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database clean-up deleted {Otps} one-time code(s), {Sessions} session(s) and {RefreshTokens} refresh token(s).")]
    private static partial void LogDeleted(ILogger logger, int otps, int sessions, int refreshTokens);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database clean-up failed; it runs again at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database:Cleanup:Enabled is false; expired rows are not deleted.")]
    private static partial void LogDisabled(ILogger logger);
}
