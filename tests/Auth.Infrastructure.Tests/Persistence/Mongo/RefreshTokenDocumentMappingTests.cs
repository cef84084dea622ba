using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo.Sessions;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>The refresh-token chain is embedded in its session's document.</summary>
public sealed class RefreshTokenDocumentMappingTests
{
    private static readonly UserId Owner = UserId.New(MongoSamples.Now);

    [Fact]
    public void Chain_RotatedTokenAndItsSuccessor_RoundTripEveryFieldWithTheirSession()
    {
        var session = MongoSamples.RefreshedSession(Owner);

        var read = MongoBson.RoundTrip(session);

        AggregateAssert.SameSession(session, read);
        Assert.Equal(2, read.RefreshTokens.Count);
        foreach (var (expected, actual) in session.RefreshTokens.Zip(read.RefreshTokens))
            AggregateAssert.SameRefreshToken(expected, actual);
    }

    [Fact]
    public void Chain_Link_HasTheDocumentedFieldsAndTypes()
    {
        var session = MongoSamples.RefreshedSession(Owner);
        var rotated = session.RefreshTokens.First();

        var link = MongoBson.ToDocument(session)["refreshTokens"][0].AsBsonDocument;

        Assert.Equal(
            ["_id", "userId", "sessionId", "tokenHash", "expiresAt", "isRevoked", "revokedAt", "replacedByTokenHash", "createdAt", "updatedAt"],
            link.Names);
        Assert.Equal(MongoBson.StandardUuid(rotated.Id.Value), link["_id"]);
        Assert.Equal(MongoBson.StandardUuid(Owner.Value), link["userId"]);
        Assert.Equal(MongoBson.StandardUuid(session.Id.Value), link["sessionId"]);
        Assert.Equal("refresh-hash", link["tokenHash"]);
        Assert.Equal(true, link["isRevoked"]);
        Assert.Equal("refresh-hash-2", link["replacedByTokenHash"]);
        foreach (var field in new[] { "createdAt", "updatedAt", "expiresAt", "revokedAt" })
            Assert.Equal(BsonType.DateTime, link[field].BsonType);
    }

    [Fact]
    public void Chain_CurrentLink_StoresNulls()
    {
        var link = MongoBson.ToDocument(MongoSamples.RefreshedSession(Owner))["refreshTokens"][1].AsBsonDocument;

        Assert.Equal(false, link["isRevoked"]);
        Assert.Equal(BsonNull.Value, link["revokedAt"]);
        Assert.Equal(BsonNull.Value, link["replacedByTokenHash"]);
    }

    [Fact]
    public void Session_StoredBeforeChainsWereEmbedded_ReadsWithAnEmptyChain()
    {
        var document = MongoBson.ToDocument(MongoSamples.RevokedSession(Owner));
        document.Remove("refreshTokens");

        Assert.Empty(MongoBson.FromDocument<Session>(document).RefreshTokens);
    }

    [Fact]
    public void Migration_PushesAFormerRefreshTokenDocumentIntoItsSessionOnce()
    {
        var token = new BsonDocument
        {
            { "_id", MongoBson.StandardUuid(Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60")) },
            { "sessionId", MongoBson.StandardUuid(Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c")) },
            { "tokenHash", "legacy-hash" },
            { "version", 3L },
        };

        Assert.Equal(
            new BsonDocument { { "_id", token["sessionId"] }, { "refreshTokens._id", new BsonDocument("$ne", token["_id"]) } },
            RefreshTokenChainMigration.NotYetIn(token));
        var push = RefreshTokenChainMigration.PushLink(token)["$push"]["refreshTokens"].AsBsonDocument;
        Assert.Equal(["_id", "sessionId", "tokenHash"], push.Names);
        Assert.True(token.Contains("version"));
    }
}
