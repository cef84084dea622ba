using Auth.Application.Abstractions.Persistence;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.Infrastructure.Persistence.Mongo.KeyMaterial;
using Auth.Infrastructure.Persistence.Mongo.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Users;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// The repositories' filters and sorts as the driver sends them: field names from the class maps, values through
/// the same serializers as the stored documents (ids as standard UUIDs, enums by name, times as dates).
/// </summary>
public sealed class MongoQueryRenderingTests
{
    private static readonly UserId UserId = new(Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));

    public MongoQueryRenderingTests() => MongoClassMaps.EnsureRegistered();

    [Fact]
    public void UserById_FiltersOnTheStandardUuidId()
    {
        Assert.Equal(
            new BsonDocument("_id", MongoBson.StandardUuid(UserId.Value)),
            Render(Builders<User>.Filter.Eq(u => u.Id, UserId)));
    }

    [Fact]
    public void UserByEmail_FiltersOnTheStoredString()
    {
        Assert.Equal(
            new BsonDocument("email", "ada@example.com"),
            Render(Builders<User>.Filter.Eq(u => u.Email, EmailAddress.FromTrusted("ada@example.com"))));
    }

    [Fact]
    public void UserList_WithEveryCriterion_FiltersOnRoleNameDeletedFlagAndAnEscapedCaseInsensitiveRegex()
    {
        var filter = MongoUserRepository.ListFilter(new UserListFilter(1, 20, Role.Admin, false, "  a.b*  "));

        var regex = new BsonRegularExpression("a\\.b\\*", "i");
        Assert.Equal(
            new BsonDocument
            {
                { "role", "admin" },
                { "isDeleted", false },
                { "$or", new BsonArray { new BsonDocument("name", regex), new BsonDocument("email", regex) } },
            },
            Render(filter));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void UserList_WithoutCriteria_MatchesEveryUser(string? search)
    {
        Assert.Equal(new BsonDocument(), Render(MongoUserRepository.ListFilter(new UserListFilter(1, 20, null, null, search))));
    }

    [Fact]
    public void UserList_IsSortedByCreationThenId()
    {
        Assert.Equal(new BsonDocument { { "createdAt", 1 }, { "_id", 1 } }, Render(MongoUserRepository.CreationOrder));
    }

    [Fact]
    public void LatestOtp_FiltersOnEmailAndTypeNameAndSortsNewestFirst()
    {
        Assert.Equal(
            new BsonDocument { { "email", "ada@example.com" }, { "type", "password-reset" } },
            Render(MongoOtpRepository.LatestFilter(EmailAddress.FromTrusted("ada@example.com"), OtpType.PasswordReset)));
        Assert.Equal(new BsonDocument { { "createdAt", -1 }, { "_id", -1 } }, Render(MongoOtpRepository.NewestFirst));
    }

    [Fact]
    public void ActiveSessions_FilterOnUserActiveFlagAndExpiryAfterNowAtMillisecondPrecision()
    {
        var now = new DateTimeOffset(2026, 3, 1, 9, 30, 0, 250, TimeSpan.Zero).AddTicks(9_999);

        Assert.Equal(
            new BsonDocument
            {
                { "userId", MongoBson.StandardUuid(UserId.Value) },
                { "isActive", true },
                { "expiresAt", new BsonDocument("$gt", new BsonDateTime(new DateTime(2026, 3, 1, 9, 30, 0, 250, DateTimeKind.Utc))) },
            },
            Render(MongoSessionRepository.ActiveFilter(UserId, now)));
        Assert.Equal(new BsonDocument { { "lastUsedAt", -1 }, { "_id", -1 } }, Render(MongoSessionRepository.NewestUseFirst));
    }

    [Fact]
    public void SessionByRefreshTokenHash_FiltersOnTheHashesOfTheEmbeddedChain()
    {
        Assert.Equal(
            new BsonDocument("refreshTokens.tokenHash", "rt-hash"),
            Render(MongoSessionRepository.RefreshTokenHashFilter("rt-hash")));
    }

    [Fact]
    public void SessionByTokenHash_FiltersOnTheHash()
    {
        Assert.Equal(new BsonDocument("tokenHash", "h"), Render(Builders<Session>.Filter.Eq(s => s.TokenHash, "h")));
    }

    [Fact]
    public void ExpiredSigningKeys_FilterOnExpiresAtAsADate_UpToAndIncludingNow()
    {
        var now = new DateTimeOffset(2026, 3, 1, 9, 30, 0, 250, TimeSpan.Zero);

        Assert.Equal(
            new BsonDocument("expiresAt", new BsonDocument("$lte", new BsonDateTime(now.UtcDateTime))),
            Render(MongoKeyMaterialStore.ExpiredFilter(now)));
    }

    [Fact]
    public void ReplacingAPrivateKey_FiltersOnTheKeyIdAndTheValueTheCallerRead()
    {
        Assert.Equal(
            new BsonDocument { { "_id", "kid-1" }, { "privateKey", "plain" } },
            Render(MongoKeyMaterialStore.PrivateKeyFilter("kid-1", "plain")));
    }

    private static BsonDocument Render<T>(FilterDefinition<T> filter) =>
        filter.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry));

    private static BsonDocument Render<T>(SortDefinition<T> sort) =>
        sort.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry));
}
