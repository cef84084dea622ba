using Auth.Domain.Accounts;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.Infrastructure.Persistence.Mongo.Accounts;
using Auth.Infrastructure.Persistence.Mongo.Verifications;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>The accounts' lookups and the verifications' take-once and sweep, as the driver sends them.</summary>
public sealed class MongoOAuthQueryRenderingTests
{
    private static readonly UserId UserId = new(Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));

    public MongoOAuthQueryRenderingTests() => MongoClassMaps.EnsureRegistered();

    [Fact]
    public void AccountByProviderAccount_FiltersOnTheProviderNameAndTheAccountId()
    {
        Assert.Equal(
            new BsonDocument { { "provider", "github" }, { "providerAccountId", "583231" } },
            Render(MongoAccountRepository.ProviderAccountFilter(AuthProvider.GitHub, "583231")));
    }

    [Fact]
    public void AccountsOfAUser_FilterOnTheStandardUuidUserId_OldestLinkFirst()
    {
        Assert.Equal(new BsonDocument("userId", MongoBson.StandardUuid(UserId.Value)), Render(MongoAccountRepository.UserFilter(UserId)));
        Assert.Equal(new BsonDocument { { "linkedAt", 1 }, { "_id", 1 } }, Render(MongoAccountRepository.OldestLinkFirst));
    }

    [Fact]
    public void AccountById_FiltersOnTheStandardUuidId()
    {
        var id = new AccountId(Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d"));

        Assert.Equal(new BsonDocument("_id", MongoBson.StandardUuid(id.Value)), Render(Builders<Account>.Filter.Eq(a => a.Id, id)));
    }

    [Fact]
    public void TakeOnce_FiltersOnIdentifierHashAndExpiryAfterNowAtMillisecondPrecision()
    {
        var now = new DateTimeOffset(2026, 3, 1, 9, 30, 0, 250, TimeSpan.Zero).AddTicks(9_999);

        Assert.Equal(
            new BsonDocument
            {
                { "identifier", "oauth-code" },
                { "valueHash", "h" },
                { "expiresAt", new BsonDocument("$gt", new BsonDateTime(new DateTime(2026, 3, 1, 9, 30, 0, 250, DateTimeKind.Utc))) },
            },
            Render(MongoVerificationStore.TakeFilter("oauth-code", "h", now)));
    }

    [Fact]
    public void TakeOnce_FilterIsServedByTheUniqueIndex()
    {
        var filter = Render(MongoVerificationStore.TakeFilter("oauth-code", "h", MongoSamples.Now));
        var index = Assert.Single(MongoIndexes.Verifications, i => i.Options.Unique == true);
        var keys = index.Keys.Render(new RenderArgs<BsonDocument>(BsonSerializer.LookupSerializer<BsonDocument>(), BsonSerializer.SerializerRegistry));

        Assert.Equal(keys.Names, filter.Names.Take(keys.ElementCount));
    }

    [Fact]
    public void Sweep_FiltersOnExpiryAtOrBeforeNow()
    {
        Assert.Equal(
            new BsonDocument("expiresAt", new BsonDocument("$lte", new BsonDateTime(MongoSamples.Now.ToUnixTimeMilliseconds()))),
            Render(MongoVerificationStore.ExpiredFilter(MongoSamples.Now)));
    }

    private static BsonDocument Render<T>(FilterDefinition<T> filter) =>
        filter.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry));

    private static BsonDocument Render<T>(SortDefinition<T> sort) =>
        sort.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry));
}
