using Auth.Infrastructure.Persistence.Mongo.Sessions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// MongoDB's "migration", when the host starts, if <c>Database:MigrateOnStartup</c> is true (the default): checks that
/// the server is a replica set (<see cref="RequireReplicaSet"/>), moves data whose shape changed
/// (<see cref="RefreshTokenChainMigration"/>), then creates the collections' indexes (<see cref="MongoIndexes"/>).
/// Creating an index that exists with the same definition does nothing, so every start may run it; an index whose
/// definition changed under the same name fails the start (drop it, and the next start creates the new one). Runs in
/// <see cref="StartingAsync"/> and is registered ahead of every other hosted service, like the EF migrator.
/// </summary>
internal sealed partial class MongoIndexInitializer(
    AuthMongoDatabase database, IOptions<DatabaseOptions> options, ILogger<MongoIndexInitializer> logger)
    : IHostedLifecycleService
{
    private const string ReplicaSetRequired =
        "MongoDB must be a replica set (a single-node replica set is fine: mongod --replSet rs0, then rs.initiate()): " +
        "the server of ConnectionStrings:Auth is a standalone mongod, without the transactions that saves of several documents need.";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            LogSkipped(logger);
            return;
        }

        RequireReplicaSet(await HelloAsync(database.Client, cancellationToken).ConfigureAwait(false));
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

    /// <summary>
    /// Reads a <c>hello</c> (or legacy <c>isMaster</c>) answer: a replica-set member names its <c>setName</c>, a mongos
    /// router says <c>msg: "isdbgrid"</c>; anything else is a standalone server, which fails the start.
    /// </summary>
    internal static void RequireReplicaSet(BsonDocument hello)
    {
        ArgumentNullException.ThrowIfNull(hello);
        var replicaSet = hello.TryGetValue("setName", out var setName) && setName is BsonString { Value.Length: > 0 };
        var router = hello.TryGetValue("msg", out var msg) && msg is BsonString { Value: "isdbgrid" };
        if (!replicaSet && !router) throw new InvalidOperationException(ReplicaSetRequired);
    }

    private static async Task<BsonDocument> HelloAsync(IMongoClient client, CancellationToken cancellationToken)
    {
        var admin = client.GetDatabase("admin");
        try
        {
            return await admin.RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (MongoCommandException exception) when (exception.Code == MongoErrors.CommandNotFound)
        {
            return await admin.RunCommandAsync<BsonDocument>(new BsonDocument("isMaster", 1), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MongoDB indexes of {Collection} are in place: {Indexes}")]
    private static partial void LogEnsured(ILogger logger, string collection, string indexes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} refresh token(s) from refresh_tokens into their sessions.")]
    private static partial void LogRefreshTokensMoved(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Database:MigrateOnStartup is false; MongoDB indexes are not created, nor is the server checked to be a replica set.")]
    private static partial void LogSkipped(ILogger logger);
}
