using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>Readiness: the database answers a <c>ping</c> within <see cref="Timeout"/>.</summary>
internal sealed class MongoHealthCheck(AuthMongoDatabase database) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await database.Database
                .RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: timeout.Token)
                .ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"MongoDB did not answer a ping within {Timeout.TotalSeconds:0} s.", exception);
        }
        catch (Exception exception) when (exception is MongoException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("MongoDB did not answer a ping.", exception);
        }
    }
}
