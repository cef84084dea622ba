using Auth.Infrastructure.Persistence.Mongo.Sessions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// MongoDB's "migration": moves data whose shape changed (<see cref="RefreshTokenChainMigration"/>), then creates the collections' indexes (<see cref="MongoIndexes"/>) when the host starts, if
/// <c>Database:MigrateOnStartup</c> is true (the default). Creating an index that exists with the same definition
/// does nothing, so every start may run it; an index whose definition changed under the same name fails the start
/// (drop it, and the next start creates the new one). Runs in <see cref="StartingAsync"/> and is registered ahead of
/// every other hosted service, like the EF migrator.
/// </summary>
internal sealed partial class MongoIndexInitializer(
    AuthMongoDatabase database, IOptions<DatabaseOptions> options, ILogger<MongoIndexInitializer> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            LogSkipped(logger);
            return;
        }

        var moved = await RefreshTokenChainMigration.RunAsync(database.Database, cancellationToken).ConfigureAwait(false);
        if (moved > 0) LogRefreshTokensMoved(logger, moved);

        foreach (var (collection, indexes) in MongoIndexes.All)
        {
            var names = await database.Documents(collection).Indexes
                .CreateManyAsync(indexes, cancellationToken)
                .ConfigureAwait(false);
            LogEnsured(logger, collection, string.Join(", ", names));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "MongoDB indexes of {Collection} are in place: {Indexes}")]
    private static partial void LogEnsured(ILogger logger, string collection, string indexes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} refresh token(s) from refresh_tokens into their sessions.")]
    private static partial void LogRefreshTokensMoved(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database:MigrateOnStartup is false; MongoDB indexes are not created.")]
    private static partial void LogSkipped(ILogger logger);
}
