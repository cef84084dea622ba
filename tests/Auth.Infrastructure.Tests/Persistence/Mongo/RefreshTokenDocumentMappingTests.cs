using Auth.Domain.Users;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class RefreshTokenDocumentMappingTests
{
    private static readonly UserId Owner = UserId.New(MongoSamples.Now);

    [Fact]
    public void RefreshToken_RotatedAndItsSuccessor_RoundTripEveryFieldThroughBson()
    {
        var (rotated, successor) = MongoSamples.RotatedToken(Owner);
        Assert.True(rotated.IsRevoked);

        AggregateAssert.SameRefreshToken(rotated, MongoBson.RoundTrip(rotated));
        AggregateAssert.SameRefreshToken(successor, MongoBson.RoundTrip(successor));
    }

    [Fact]
    public void RefreshToken_Document_HasTheDocumentedFieldsAndTypes()
    {
        var (rotated, _) = MongoSamples.RotatedToken(Owner);

        var document = MongoBson.ToDocument(rotated);

        Assert.Equal(
            ["_id", "createdAt", "updatedAt", "version", "userId", "sessionId", "tokenHash", "expiresAt", "isRevoked", "revokedAt", "replacedByTokenHash"],
            document.Names);
        Assert.Equal(MongoBson.StandardUuid(rotated.Id.Value), document["_id"]);
        Assert.Equal(MongoBson.StandardUuid(Owner.Value), document["userId"]);
        Assert.Equal(MongoBson.StandardUuid(rotated.SessionId.Value), document["sessionId"]);
        Assert.Equal("refresh-hash", document["tokenHash"]);
        Assert.Equal(true, document["isRevoked"]);
        Assert.Equal("refresh-hash-2", document["replacedByTokenHash"]);
        foreach (var field in new[] { "createdAt", "updatedAt", "expiresAt", "revokedAt" })
            Assert.Equal(BsonType.DateTime, document[field].BsonType);
    }

    [Fact]
    public void RefreshToken_NotRevoked_StoresNulls()
    {
        var (_, successor) = MongoSamples.RotatedToken(Owner);

        var document = MongoBson.ToDocument(successor);

        Assert.Equal(false, document["isRevoked"]);
        Assert.Equal(BsonNull.Value, document["revokedAt"]);
        Assert.Equal(BsonNull.Value, document["replacedByTokenHash"]);
    }
}
