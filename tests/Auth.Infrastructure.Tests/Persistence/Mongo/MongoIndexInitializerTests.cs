using Auth.Infrastructure.Persistence.Mongo;
using Auth.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>MongoDB's counterpart of the migration contract: the start-up index initializer against a real server.</summary>
public sealed class MongoIndexInitializerTests
{
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();

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
