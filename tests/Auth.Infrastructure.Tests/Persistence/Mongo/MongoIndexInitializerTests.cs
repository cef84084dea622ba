using Auth.Infrastructure.Persistence.Mongo;
using Auth.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// MongoDB's counterpart of the migration contract: the start-up index initializer against a real server, and its
/// reading of the server's <c>hello</c> answer without one.
/// </summary>
public sealed class MongoIndexInitializerTests
{
    private const string Standalone =
        "{ isWritablePrimary: true, topologyVersion: { processId: ObjectId('65f1c0a1e4b0a1b2c3d4e5f6'), counter: 0 }, " +
        "maxBsonObjectSize: 16777216, logicalSessionTimeoutMinutes: 30, connectionId: 12, minWireVersion: 0, maxWireVersion: 21, " +
        "readOnly: false, ok: 1 }";

    private const string ReplicaSetPrimary =
        "{ hosts: ['127.0.0.1:27017'], setName: 'rs0', setVersion: 1, isWritablePrimary: true, secondary: false, " +
        "primary: '127.0.0.1:27017', me: '127.0.0.1:27017', logicalSessionTimeoutMinutes: 30, maxWireVersion: 21, ok: 1 }";

    private const string ReplicaSetSecondary =
        "{ hosts: ['a:27017', 'b:27017'], setName: 'rs0', isWritablePrimary: false, secondary: true, primary: 'a:27017', " +
        "logicalSessionTimeoutMinutes: 30, maxWireVersion: 17, ok: 1 }";

    private const string Mongos = "{ isWritablePrimary: true, msg: 'isdbgrid', logicalSessionTimeoutMinutes: 30, maxWireVersion: 21, ok: 1 }";

    /// <summary>Started with --replSet but rs.initiate() not run yet.</summary>
    private const string UninitialisedReplicaSetMember =
        "{ isWritablePrimary: false, secondary: false, info: 'Does not have a valid replica set config', isreplicaset: true, " +
        "maxWireVersion: 21, ok: 1 }";

    private readonly FakeTimeProvider _clock = TestClock.StartingNow();

    [Theory]
    [InlineData(ReplicaSetPrimary)]
    [InlineData(ReplicaSetSecondary)]
    [InlineData(Mongos)]
    public void RequireReplicaSet_AcceptsAReplicaSetMemberOrARouter(string hello)
    {
        MongoIndexInitializer.RequireReplicaSet(BsonDocument.Parse(hello));
    }

    [Theory]
    [InlineData(Standalone)]
    [InlineData(UninitialisedReplicaSetMember)]
    [InlineData("{ ok: 1 }")]
    public void RequireReplicaSet_RefusesAStandaloneServer_SayingHowToRunAReplicaSet(string hello)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => MongoIndexInitializer.RequireReplicaSet(BsonDocument.Parse(hello)));

        Assert.Contains(
            "MongoDB must be a replica set (a single-node replica set is fine: mongod --replSet rs0, then rs.initiate())",
            exception.Message,
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Initializer_OnAnEmptyDatabase_CreatesEveryIndexAsDefined()
    {
        await using var database = new MongoTestDatabase();
        await database.InitializeAsync(_clock);

        await AssertIndexesAsDefinedAsync(database);
    }

    [SkippableFact]
    public async Task Initializer_RunAgainOnAnInitialisedDatabase_ChangesNothing()
    {
        await using var database = new MongoTestDatabase();
        await database.InitializeAsync(_clock);

        await database.RunStartupMigratorAsync();

        await AssertIndexesAsDefinedAsync(database);
    }

    [SkippableFact]
    public async Task Initializer_WhenMigrateOnStartupIsFalse_LeavesTheDatabaseAlone()
    {
        await using var database = new MongoTestDatabase();
        await database.InitializeAsync(
            _clock, extraSettings: new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });

        var mongo = database.Services.GetRequiredService<AuthMongoDatabase>().Database;
        Assert.Empty(await (await mongo.ListCollectionNamesAsync()).ToListAsync());
    }

    private static async Task AssertIndexesAsDefinedAsync(MongoTestDatabase database)
    {
        var mongo = database.Services.GetRequiredService<AuthMongoDatabase>();
        foreach (var (collection, indexes) in MongoIndexes.All)
        {
            var stored = await (await mongo.Documents(collection).Indexes.ListAsync()).ToListAsync();
            Assert.Equal(
                indexes.Select(i => i.Options.Name!).Append("_id_").Order(StringComparer.Ordinal),
                stored.Select(i => i["name"].AsString).Order(StringComparer.Ordinal));
            foreach (var model in indexes)
            {
                var index = stored.Single(i => i["name"] == model.Options.Name);
                var keys = model.Keys.Render(new RenderArgs<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry));
                Assert.Equal(keys.Names, index["key"].AsBsonDocument.Names);
                Assert.Equal(keys.Values.Select(v => v.ToInt32()), index["key"].AsBsonDocument.Values.Select(v => v.ToInt32()));
                Assert.Equal(model.Options.Unique ?? false, index.GetValue("unique", false).ToBoolean());
                Assert.Equal(
                    (long?)model.Options.ExpireAfter?.TotalSeconds,
                    index.TryGetValue("expireAfterSeconds", out var seconds) ? seconds.ToInt64() : null);
            }
        }
    }
}
