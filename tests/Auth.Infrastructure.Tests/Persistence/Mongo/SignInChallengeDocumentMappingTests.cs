using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class SignInChallengeDocumentMappingTests
{
    private static readonly UserId Owner = UserId.New(MongoSamples.Now);

    [Fact]
    public void Challenge_WithAFailedAttemptAndCompleted_RoundTripsEveryField()
    {
        var challenge = SignInChallenge.Issue(Owner, "challenge-hash", MongoSamples.Now);
        challenge.Complete(UserErrors.TwoFactorInvalid, MongoSamples.Now.AddSeconds(10));
        challenge.Complete(Result.Success, MongoSamples.Now.AddSeconds(20));

        var read = MongoBson.RoundTrip(challenge);

        Assert.Equal(
            (challenge.Id, challenge.UserId, challenge.TokenHash, challenge.ExpiresAt, challenge.FailedAttempts, challenge.CompletedAt, challenge.CreatedAt, challenge.UpdatedAt),
            (read.Id, read.UserId, read.TokenHash, read.ExpiresAt, read.FailedAttempts, read.CompletedAt, read.CreatedAt, read.UpdatedAt));
    }

    [Fact]
    public void Challenge_Document_HasTheDocumentedFieldsAndTypes()
    {
        var challenge = SignInChallenge.Issue(Owner, "challenge-hash", MongoSamples.Now);

        var document = MongoBson.ToDocument(challenge);

        Assert.Equal(["_id", "createdAt", "updatedAt", "version", "userId", "tokenHash", "expiresAt", "failedAttempts", "completedAt"], document.Names);
        Assert.Equal(MongoBson.StandardUuid(Owner.Value), document["userId"]);
        Assert.Equal(BsonType.DateTime, document["expiresAt"].BsonType);
        Assert.Equal(BsonNull.Value, document["completedAt"]);
    }

    [Fact]
    public void User_StoredBeforeTheAuthenticatorApp_ReadsWithNoSecondFactor()
    {
        var document = MongoBson.ToDocument(MongoSamples.UserWithEveryField());
        foreach (var field in new[] { "totpSecret", "totpPendingSecret", "totpEnabledAt", "totpLastAcceptedStep", "recoveryCodeHashes" })
            document.Remove(field);

        var read = MongoBson.FromDocument<User>(document);

        Assert.False(read.TotpEnabled);
        Assert.Equal(0, read.RecoveryCodes.Left);
    }
}
