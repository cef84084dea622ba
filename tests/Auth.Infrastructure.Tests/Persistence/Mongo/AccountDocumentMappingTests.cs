using Auth.Domain.Accounts;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class AccountDocumentMappingTests
{
    private static readonly UserId Owner = new(Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));

    [Fact]
    public void Account_WithEveryField_RoundTripsThroughBson()
    {
        var account = MongoSamples.AccountWithEveryField(Owner);
        AggregateRootClassMap.SetVersion(account, 3);

        var read = MongoBson.RoundTrip(account);

        Assert.Equal(
            (account.Id, Owner, AuthProvider.Google, "109876543210", "v1.enc-access-2", "v1.enc-refresh", account.AccessTokenExpiresAt,
                "openid email profile", account.LinkedAt, account.LastSignInAt, account.CreatedAt, account.UpdatedAt, 3L),
            (read.Id, read.UserId, read.Provider, read.ProviderAccountId, read.AccessToken, read.RefreshToken, read.AccessTokenExpiresAt,
                read.Scope, read.LinkedAt, read.LastSignInAt, read.CreatedAt, read.UpdatedAt, read.Version));
        Assert.Empty(read.DomainEvents);
    }

    [Fact]
    public void Account_Document_HasTheDocumentedFieldsAndTypes()
    {
        var account = MongoSamples.AccountWithEveryField(Owner);

        var document = MongoBson.ToDocument(account);

        Assert.Equal(
            [
                "_id", "createdAt", "updatedAt", "version", "userId", "provider", "providerAccountId", "accessToken", "refreshToken",
                "accessTokenExpiresAt", "scope", "linkedAt", "lastSignInAt",
            ],
            document.Names);
        Assert.Equal(MongoBson.StandardUuid(account.Id.Value), document["_id"]);
        Assert.Equal(MongoBson.StandardUuid(Owner.Value), document["userId"]);
        Assert.Equal("google", document["provider"]);
        Assert.Equal("109876543210", document["providerAccountId"]);
        Assert.Equal("openid email profile", document["scope"]);
        foreach (var field in new[] { "createdAt", "updatedAt", "accessTokenExpiresAt", "linkedAt", "lastSignInAt" })
            Assert.Equal(BsonType.DateTime, document[field].BsonType);
        Assert.Equal(new BsonDateTime(MongoSamples.Now.ToUnixTimeMilliseconds()), document["linkedAt"]);
    }

    [Fact]
    public void Account_ProviderTokens_AreStoredAsTheCiphertextTheDomainHolds()
    {
        var account = MongoSamples.AccountWithEveryField(Owner);

        var document = MongoBson.ToDocument(account);

        // The adapter neither decrypts nor re-encodes: what is stored is exactly the protector's output on the aggregate.
        Assert.Equal(new BsonString(account.AccessToken!), document["accessToken"]);
        Assert.Equal(new BsonString(account.RefreshToken!), document["refreshToken"]);
        Assert.Equal(2, document.Count(e => e.Value.IsString && e.Value.AsString.StartsWith("v1.enc-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Account_WithoutTokensOrSignIn_StoresExplicitNulls()
    {
        var account = Account.Link(
            Owner, new ProviderIdentity(AuthProvider.GitHub, "583231", null, false, null), ProtectedProviderTokens.None, MongoSamples.Now);

        var document = MongoBson.ToDocument(account);
        var read = MongoBson.RoundTrip(account);

        foreach (var field in new[] { "accessToken", "refreshToken", "accessTokenExpiresAt", "scope", "lastSignInAt" })
            Assert.Equal(BsonNull.Value, document[field]);
        Assert.Equal("github", document["provider"]);
        Assert.Equal((null, null, null, null, null), (read.AccessToken, read.RefreshToken, read.AccessTokenExpiresAt, read.Scope, read.LastSignInAt));
    }

    [Fact]
    public void Account_FieldsAVersionDoesNotKnow_AreIgnoredWhenRead()
    {
        var document = MongoBson.ToDocument(MongoSamples.AccountWithEveryField(Owner));
        document["addedLater"] = "x";

        Assert.Equal("109876543210", MongoBson.FromDocument<Account>(document).ProviderAccountId);
    }
}
