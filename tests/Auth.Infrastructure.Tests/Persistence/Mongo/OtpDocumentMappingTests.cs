using Auth.Domain.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class OtpDocumentMappingTests
{
    [Fact]
    public void Otp_SupersededAndUsed_RoundTripEveryFieldThroughBson()
    {
        var (superseded, used) = MongoSamples.OtpPair();
        AggregateRootClassMap.SetVersion(superseded, 2);
        Assert.True(superseded.IsSuperseded);
        Assert.Equal(1, superseded.Attempts);
        Assert.True(used.IsUsed);

        AggregateAssert.SameOtp(superseded, MongoBson.RoundTrip(superseded));
        AggregateAssert.SameOtp(used, MongoBson.RoundTrip(used));
        Assert.Equal(2, MongoBson.RoundTrip(superseded).Version);
    }

    [Fact]
    public void Otp_Document_HasTheDocumentedFieldsAndTypes()
    {
        var (_, used) = MongoSamples.OtpPair();

        var document = MongoBson.ToDocument(used);

        Assert.Equal(
            [
                "_id", "createdAt", "updatedAt", "version", "email", "type", "codeHash", "expiresAt", "nextResendAllowedAt",
                "attempts", "maxAttempts", "isUsed", "usedAt", "isSuperseded",
            ],
            document.Names);
        Assert.Equal(MongoBson.StandardUuid(used.Id.Value), document["_id"]);
        Assert.Equal("ada@example.com", document["email"]);
        Assert.Equal("email-verification", document["type"]);
        Assert.Equal("hash-2", document["codeHash"]);
        Assert.Equal(1, document["attempts"]);
        Assert.Equal(5, document["maxAttempts"]);
        Assert.Equal(true, document["isUsed"]);
        Assert.Equal(false, document["isSuperseded"]);
        foreach (var field in new[] { "createdAt", "updatedAt", "expiresAt", "nextResendAllowedAt", "usedAt" })
            Assert.Equal(BsonType.DateTime, document[field].BsonType);
        Assert.Equal(new BsonDateTime(used.ExpiresAt.ToUnixTimeMilliseconds()), document["expiresAt"]);
    }

    [Fact]
    public void Otp_NotUsed_StoresANullUsedAt()
    {
        var (superseded, _) = MongoSamples.OtpPair();

        Assert.Equal(BsonNull.Value, MongoBson.ToDocument(superseded)["usedAt"]);
        Assert.Null(MongoBson.RoundTrip(superseded).UsedAt);
    }

    [Theory]
    [InlineData(OtpType.SignIn, "signin")]
    [InlineData(OtpType.EmailVerification, "email-verification")]
    [InlineData(OtpType.PasswordReset, "password-reset")]
    [InlineData(OtpType.PasswordChange, "password-change")]
    public void OtpType_IsStoredByItsContractName(OtpType type, string stored)
    {
        var otp = Otp.Issue(Auth.Domain.Users.EmailAddress.FromTrusted("ada@example.com"), type, "h", null, Auth.Domain.Policies.OtpPolicy.Default, MongoSamples.Now).Value;

        var document = MongoBson.ToDocument(otp);

        Assert.Equal(stored, document["type"]);
        Assert.Equal(type, MongoBson.FromDocument<Otp>(document).Type);
    }
}
