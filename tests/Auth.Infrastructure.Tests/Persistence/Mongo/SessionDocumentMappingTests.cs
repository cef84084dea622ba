using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Sessions;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class SessionDocumentMappingTests
{
    private static readonly UserId Owner = UserId.New(MongoSamples.Now);

    [Fact]
    public void Session_UsedAndRevoked_RoundTripsEveryFieldThroughBson()
    {
        var session = MongoSamples.RevokedSession(Owner);

        AggregateAssert.SameSession(session, MongoBson.RoundTrip(session));
    }

    [Fact]
    public void Session_Document_HasTheDocumentedFieldsAndTypes()
    {
        var session = MongoSamples.RevokedSession(Owner);

        var document = MongoBson.ToDocument(session);

        Assert.Equal(
            [
                "_id", "createdAt", "updatedAt", "version", "userId", "tokenHash", "ip", "userAgent", "isActive", "lastUsedAt",
                "expiresAt", "absoluteExpiresAt", "revokedAt", "revocationReason", "refreshTokens",
            ],
            document.Names);
        Assert.Equal(MongoBson.StandardUuid(session.Id.Value), document["_id"]);
        Assert.Equal(MongoBson.StandardUuid(Owner.Value), document["userId"]);
        Assert.Equal("session-hash", document["tokenHash"]);
        Assert.Equal("203.0.113.7", document["ip"]);
        Assert.Equal("Mozilla/5.0 (X11; Linux x86_64)", document["userAgent"]);
        Assert.Equal(new BsonArray(), document["refreshTokens"]);
        Assert.Equal(false, document["isActive"]);
        Assert.Equal("refresh_token_reused", document["revocationReason"]);
        foreach (var field in new[] { "createdAt", "updatedAt", "lastUsedAt", "expiresAt", "absoluteExpiresAt", "revokedAt" })
            Assert.Equal(BsonType.DateTime, document[field].BsonType);
    }

    [Fact]
    public void Session_WithoutIpUserAgentOrRevocation_StoresNullsAndRoundTrips()
    {
        var session = Session.Start(Owner, "bare", null, null, SessionPolicy.Default, MongoSamples.Now);

        var document = MongoBson.ToDocument(session);

        foreach (var field in new[] { "ip", "userAgent", "revokedAt", "revocationReason" }) Assert.Equal(BsonNull.Value, document[field]);
        AggregateAssert.SameSession(session, MongoBson.FromDocument<Session>(document));
    }

    [Theory]
    [InlineData(SessionRevocationReason.SignedOut)]
    [InlineData(SessionRevocationReason.SignedOutEverywhere)]
    [InlineData(SessionRevocationReason.RevokedByUser)]
    [InlineData(SessionRevocationReason.RevokedByAdmin)]
    [InlineData(SessionRevocationReason.PasswordChanged)]
    [InlineData(SessionRevocationReason.AccountDeleted)]
    [InlineData(SessionRevocationReason.RefreshTokenReused)]
    public void RevocationReason_IsStoredByTheSameNameAsInTheRelationalTables(SessionRevocationReason reason)
    {
        var session = Session.Start(Owner, "h", null, null, SessionPolicy.Default, MongoSamples.Now);
        session.Revoke(reason, MongoSamples.Now);

        var document = MongoBson.ToDocument(session);

        Assert.Equal(new SessionRevocationReasonConverter().ConvertToProvider(reason), document["revocationReason"].AsString);
        Assert.Equal(reason, MongoBson.FromDocument<Session>(document).RevocationReason);
    }

    [Fact]
    public void EveryRevocationReason_IsCoveredByTheTheoryAbove()
    {
        Assert.Equal(7, Enum.GetValues<SessionRevocationReason>().Length);
    }
}
