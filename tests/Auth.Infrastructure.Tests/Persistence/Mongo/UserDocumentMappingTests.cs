using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class UserDocumentMappingTests
{
    [Fact]
    public void User_WithEveryFieldSet_RoundTripsEveryFieldThroughBson()
    {
        var user = MongoSamples.UserWithEveryField();
        AggregateRootClassMap.SetVersion(user, 4);
        Assert.NotNull(user.Avatar);
        Assert.NotNull(user.LockedUntil);
        Assert.NotNull(user.ReactivateAvailableAt);

        var loaded = MongoBson.RoundTrip(user);

        AggregateAssert.SameUser(user, loaded);
        Assert.Equal(4, loaded.Version);
        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
    }

    [Fact]
    public void User_Document_HasTheDocumentedFieldsInOrderAndNoDomainEvents()
    {
        var document = MongoBson.ToDocument(MongoSamples.UserWithEveryField());

        Assert.Equal(
            [
                "_id", "createdAt", "updatedAt", "version", "name", "email", "passwordHash", "role", "provider", "providerId",
                "avatar", "isEmailVerified", "lastSignInAt", "twoFactorEnabled", "totpSecret", "totpPendingSecret", "totpEnabledAt",
                "totpLastAcceptedStep", "passkeyCount", "recoveryCodeHashes", "failedSignInCount", "lockUntil", "isDeleted", "deletedAt",
                "reActivateAvailableAt",
            ],
            document.Names);
    }

    [Fact]
    public void User_Document_StoresIdsAsStandardUuidsValueObjectsAsStringsEnumsByNameAndTimesAsDates()
    {
        var user = MongoSamples.UserWithEveryField();

        var document = MongoBson.ToDocument(user);

        Assert.Equal(MongoBson.StandardUuid(user.Id.Value), document["_id"]);
        Assert.Equal(BsonBinarySubType.UuidStandard, document["_id"].AsBsonBinaryData.SubType);
        Assert.Equal("Ada Lovelace", document["name"]);
        Assert.Equal("ada@example.com", document["email"]);
        Assert.Equal("$argon2id$hash", document["passwordHash"]);
        Assert.Equal("admin", document["role"]);
        Assert.Equal("local", document["provider"]);
        Assert.Equal(BsonNull.Value, document["providerId"]);
        Assert.Equal(new BsonDocument { { "url", "https://cdn.example.com/a.png" }, { "publicId", "avatars/a" }, { "size", 48_213L } }, document["avatar"]);
        Assert.Equal(BsonType.Int64, document["avatar"]["size"].BsonType);
        Assert.Equal(true, document["isEmailVerified"]);
        Assert.Equal(true, document["twoFactorEnabled"]);
        Assert.Equal(5, document["failedSignInCount"]);
        Assert.Equal(true, document["isDeleted"]);
        Assert.Equal(BsonType.Int64, document["version"].BsonType);
        foreach (var field in new[] { "createdAt", "updatedAt", "lastSignInAt", "lockUntil", "deletedAt", "reActivateAvailableAt" })
            Assert.Equal(BsonType.DateTime, document[field].BsonType);
        Assert.Equal(new BsonDateTime(user.LockedUntil!.Value.ToUnixTimeMilliseconds()), document["lockUntil"]);
        Assert.Equal(new BsonDateTime(user.CreatedAt.ToUnixTimeMilliseconds()), document["createdAt"]);
    }

    [Fact]
    public void User_FromProviderWithoutPasswordAvatarOrTimes_StoresNullsAndRoundTrips()
    {
        var user = MongoSamples.ProviderUser();

        var document = MongoBson.ToDocument(user);
        var loaded = MongoBson.FromDocument<User>(document);

        foreach (var field in new[] { "passwordHash", "avatar", "lastSignInAt", "lockUntil", "deletedAt", "reActivateAvailableAt" })
            Assert.Equal(BsonNull.Value, document[field]);
        Assert.Equal("github", document["provider"]);
        Assert.Equal("583231", document["providerId"]);
        Assert.Equal(0L, document["version"]);
        AggregateAssert.SameUser(user, loaded);
        Assert.Null(loaded.PasswordHash);
        Assert.Null(loaded.Avatar);
    }

    [Theory]
    [InlineData(Role.User, "user")]
    [InlineData(Role.Admin, "admin")]
    public void Role_IsStoredByItsContractName(Role role, string stored)
    {
        var user = MongoSamples.ProviderUser();
        user.ChangeRole(role, MongoSamples.Now);

        var document = MongoBson.ToDocument(user);

        Assert.Equal(stored, document["role"]);
        Assert.Equal(role, MongoBson.FromDocument<User>(document).Role);
    }

    [Theory]
    [InlineData(AuthProvider.Google, "google")]
    [InlineData(AuthProvider.GitHub, "github")]
    public void Provider_IsStoredByItsContractName(AuthProvider provider, string stored)
    {
        var user = User.RegisterFromProvider(
            PersonName.FromTrusted("Grace Hopper"), EmailAddress.FromTrusted("grace@example.com"), provider, "id-1", false, MongoSamples.Now);

        var document = MongoBson.ToDocument(user);

        Assert.Equal(stored, document["provider"]);
        Assert.Equal(provider, MongoBson.FromDocument<User>(document).Provider);
    }

    [Fact]
    public void Avatar_WithoutPublicIdOrSize_StoresNullsAndReadsBackEqual()
    {
        var user = MongoSamples.ProviderUser();
        user.UpdateProfile(null, Avatar.FromTrusted("https://cdn.example.com/b.png", null, null), MongoSamples.Now);

        var document = MongoBson.ToDocument(user);

        Assert.Equal(new BsonDocument { { "url", "https://cdn.example.com/b.png" }, { "publicId", BsonNull.Value }, { "size", BsonNull.Value } }, document["avatar"]);
        Assert.Equal(user.Avatar, MongoBson.FromDocument<User>(document).Avatar);
    }

    [Fact]
    public void Avatar_WrittenByAShellWithInt32SizeAndNoPublicId_Loads()
    {
        var document = MongoBson.ToDocument(MongoSamples.ProviderUser());
        document["avatar"] = new BsonDocument { { "url", "https://cdn.example.com/c.png" }, { "size", 512 } };

        Assert.Equal(Avatar.FromTrusted("https://cdn.example.com/c.png", null, 512), MongoBson.FromDocument<User>(document).Avatar);
    }

    [Fact]
    public void User_DocumentWithFieldsThisVersionDoesNotKnow_StillLoads()
    {
        var user = MongoSamples.ProviderUser();
        var document = MongoBson.ToDocument(user);
        document.Add("__v", 0).Add("addedByALaterVersion", "x");

        AggregateAssert.SameUser(user, MongoBson.FromDocument<User>(document));
    }

    [Fact]
    public void User_WithARoleNameThisVersionDoesNotKnow_FailsToLoadNamingTheValue()
    {
        var document = MongoBson.ToDocument(MongoSamples.ProviderUser());
        document["role"] = "owner";

        var exception = Assert.Throws<FormatException>(() => MongoBson.FromDocument<User>(document));

        Assert.Contains("owner", exception.ToString(), StringComparison.Ordinal);
    }
}
