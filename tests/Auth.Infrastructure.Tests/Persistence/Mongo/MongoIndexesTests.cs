using Auth.Domain.Audit;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Email.Outbox;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.Infrastructure.Persistence.Mongo.MailOutbox;
using Auth.Infrastructure.Persistence.Mongo.RateLimiting;
using Auth.Infrastructure.Persistence.Mongo.Verifications;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class MongoIndexesTests
{
    public static TheoryData<string, string, string, bool, double?> ExpectedIndexes => new()
    {
        { "users", "ux_email", "{ \"email\" : 1 }", true, null },
        { "users", "ix_provider_providerId", "{ \"provider\" : 1, \"providerId\" : 1 }", false, null },
        { "users", "ix_role", "{ \"role\" : 1 }", false, null },
        { "users", "ix_isDeleted", "{ \"isDeleted\" : 1 }", false, null },
        { "otps", "ix_email_type", "{ \"email\" : 1, \"type\" : 1 }", false, null },
        { "otps", "ttl_expiresAt", "{ \"expiresAt\" : 1 }", false, 3600 },
        { "sessions", "ux_tokenHash", "{ \"tokenHash\" : 1 }", true, null },
        { "sessions", "ix_userId", "{ \"userId\" : 1 }", false, null },
        { "sessions", "ix_isActive", "{ \"isActive\" : 1 }", false, null },
        { "sessions", "ix_userId_isActive", "{ \"userId\" : 1, \"isActive\" : 1 }", false, null },
        { "sessions", "ix_userId_lastUsedAt_desc", "{ \"userId\" : 1, \"lastUsedAt\" : -1 }", false, null },
        { "sessions", "ttl_expiresAt", "{ \"expiresAt\" : 1 }", false, 0 },
        { "sessions", "ux_refreshTokens_tokenHash", "{ \"refreshTokens.tokenHash\" : 1 }", true, null },
        { "sign_in_challenges", "ux_tokenHash", "{ \"tokenHash\" : 1 }", true, null },
        { "sign_in_challenges", "ttl_expiresAt", "{ \"expiresAt\" : 1 }", false, 0 },
        { "passkeys", "ux_credentialId", "{ \"credentialId\" : 1 }", true, null },
        { "passkeys", "ix_userId", "{ \"userId\" : 1 }", false, null },
        { "passkey_challenges", "ux_challengeHash", "{ \"challengeHash\" : 1 }", true, null },
        { "passkey_challenges", "ttl_expiresAt", "{ \"expiresAt\" : 1 }", false, 0 },
        { "accounts", "ux_provider_providerAccountId", "{ \"provider\" : 1, \"providerAccountId\" : 1 }", true, null },
        { "accounts", "ux_userId_provider", "{ \"userId\" : 1, \"provider\" : 1 }", true, null },
        { "verifications", "ux_identifier_valueHash", "{ \"identifier\" : 1, \"valueHash\" : 1 }", true, null },
        { "verifications", "ttl_expiresAt", "{ \"expiresAt\" : 1 }", false, 0 },
        { "audit_entries", "ix_userId_occurredAt_desc", "{ \"userId\" : 1, \"occurredAt\" : -1 }", false, null },
        { "audit_entries", "ix_type_occurredAt_desc", "{ \"type\" : 1, \"occurredAt\" : -1 }", false, null },
        { "audit_entries", "ix_occurredAt", "{ \"occurredAt\" : 1 }", false, null },
        { "rate_limits", "ttl_windowEnd", "{ \"windowEnd\" : 1 }", false, 0 },
        { "mail_outbox", "ix_state_dueAt", "{ \"state\" : 1, \"dueAt\" : 1 }", false, null },
        { "mail_outbox", "ttl_deleteAfter", "{ \"deleteAfter\" : 1 }", false, 0 },
    };

    [Theory]
    [MemberData(nameof(ExpectedIndexes))]
    public void Index_IsDefinedWithItsKeysUniquenessAndExpiry(string collection, string name, string keys, bool unique, double? expireAfterSeconds)
    {
        var model = Single(collection, name);

        Assert.Equal(BsonDocument.Parse(keys), Render(model));
        Assert.Equal(unique, model.Options.Unique ?? false);
        Assert.Equal(expireAfterSeconds, model.Options.ExpireAfter?.TotalSeconds);
    }

    [Fact]
    public void Indexes_AreExactlyTheExpectedOnes()
    {
        var defined = MongoIndexes.All.SelectMany(c => c.Indexes.Select(i => (c.Collection, i.Options.Name))).ToList();
        var expected = ExpectedIndexes.Select(row => ((string)row[0], (string)row[1])).ToList();

        Assert.Equal(expected, defined);
        Assert.Equal(["users", "otps", "sessions", "sign_in_challenges", "passkeys", "passkey_challenges", "accounts", "verifications", "audit_entries", "rate_limits", "mail_outbox"], MongoIndexes.All.Select(c => c.Collection));
    }

    [Fact]
    public void EveryIndexedField_IsAFieldOfTheStoredDocuments()
    {
        var documents = new Dictionary<string, BsonDocument>
        {
            ["users"] = MongoBson.ToDocument(MongoSamples.UserWithEveryField()),
            ["otps"] = MongoBson.ToDocument(MongoSamples.OtpPair().Used),
            ["sessions"] = MongoBson.ToDocument(MongoSamples.RefreshedSession(UserId.New(MongoSamples.Now))),
            ["sign_in_challenges"] = MongoBson.ToDocument(SignInChallenge.Issue(UserId.New(MongoSamples.Now), "challenge-hash", MongoSamples.Now)),
            ["passkeys"] = MongoBson.ToDocument(SamplePasskey()),
            ["passkey_challenges"] = MongoBson.ToDocument(
                PasskeyChallenge.Issue(PasskeyCeremony.SignIn, UserId.New(MongoSamples.Now), "challenge-hash", "{}", MongoSamples.Now)),
            ["accounts"] = MongoBson.ToDocument(MongoSamples.AccountWithEveryField(UserId.New(MongoSamples.Now))),
            ["verifications"] = MongoBson.ToDocument(VerificationDocument.From(MongoSamples.Verification())),
            ["audit_entries"] = MongoBson.ToDocument(
                AuditEntry.Record("user.sign_in_failed", null, "a@example.com", null, null, AuditOutcome.Failure, "invalid_credentials", MongoSamples.Now)),
            ["rate_limits"] = new BsonDocument
            {
                [RateLimitFields.Key] = "sign-in:ip:203.0.113.7",
                [RateLimitFields.Count] = 1,
                [RateLimitFields.WindowStart] = MongoSamples.Now.UtcDateTime,
                [RateLimitFields.WindowEnd] = MongoSamples.Now.UtcDateTime.AddMinutes(1),
                [RateLimitFields.LastRequest] = MongoSamples.Now.UtcDateTime,
            },
            ["mail_outbox"] = MongoBson.ToDocument(FinishedMail()),
        };

        foreach (var (collection, indexes) in MongoIndexes.All)
        {
            foreach (var index in indexes)
            {
                foreach (var field in Render(index).Names) Assert.True(HasPath(documents[collection], field), $"{collection}: {field}");
            }
        }
    }

    [Fact]
    public void SessionRefreshTokenIndex_IsUniqueOnlyAmongSessionsThatHaveAChain()
    {
        var options = Assert.IsType<CreateIndexOptions<BsonDocument>>(Single("sessions", "ux_refreshTokens_tokenHash").Options);

        Assert.Equal(BsonDocument.Parse("{ \"refreshTokens.tokenHash\" : { \"$exists\" : true } }"), options.PartialFilterExpression.Render(
            new RenderArgs<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry)));
    }

    /// <summary>A top-level field, or a field of the documents of an embedded array (<c>refreshTokens.tokenHash</c>).</summary>
    private static bool HasPath(BsonDocument document, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return document.Contains(path);
        return document.TryGetValue(path[..dot], out var value)
            && value is BsonArray { Count: > 0 } array
            && array.All(item => item is BsonDocument inner && HasPath(inner, path[(dot + 1)..]));
    }

    [Fact]
    public void TtlIndexes_AreOnTheDateTheDomainComputesFromTheConfiguredLifetimes()
    {
        var session = MongoBson.ToDocument(MongoSamples.RevokedSession(UserId.New(MongoSamples.Now)));
        var ttls = MongoIndexes.All.Where(c => c.Collection is not "rate_limits" and not "mail_outbox")
            .SelectMany(c => c.Indexes).Where(i => i.Options.ExpireAfter is not null).ToList();

        Assert.Equal(5, ttls.Count);
        Assert.All(ttls, ttl => Assert.Equal(new BsonDocument("expiresAt", 1), Render(ttl)));
        Assert.Equal(BsonType.DateTime, session["expiresAt"].BsonType);
        Assert.Equal(TimeSpan.FromHours(1), MongoIndexes.OtpExpiryMargin);
        Assert.True(MongoIndexes.OtpExpiryMargin > Domain.Policies.AuthDefaults.OtpResendDelay);
    }

    [Fact]
    public void RateLimitCounters_ExpireWhenTheirWindowEnds()
    {
        var ttl = Assert.Single(MongoIndexes.RateLimits);

        Assert.Equal(new BsonDocument(RateLimitFields.WindowEnd, 1), Render(ttl));
        Assert.Equal(TimeSpan.Zero, ttl.Options.ExpireAfter);
    }

    [Fact]
    public void OutboxMessages_GoOnceFinishedAndPastTheirRetention_AndUnfinishedOnesHaveNoDateForTheTtlMonitor()
    {
        var ttl = Single("mail_outbox", "ttl_deleteAfter");
        var pending = MongoBson.ToDocument(QueuedMail.Queue("ada@example.com", "code", "sealed", MongoSamples.Now));

        Assert.Equal(TimeSpan.Zero, ttl.Options.ExpireAfter);
        Assert.False(pending.Contains(QueuedMailFields.DeleteAfter));
        Assert.Equal(BsonType.DateTime, MongoBson.ToDocument(FinishedMail())[QueuedMailFields.DeleteAfter].BsonType);
        var finished = FinishedMail();
        var read = MongoBson.RoundTrip(finished);
        Assert.Equal(finished.ToString(), read.ToString());
        Assert.Equal((finished.LeaseId is not null, finished.LastError, finished.FinishedAt, finished.DeleteAfter, finished.QueuedAt, finished.DueAt),
            (read.LeaseId is not null, read.LastError, read.FinishedAt, read.DeleteAfter, read.QueuedAt, read.DueAt));
        Assert.Equal("Sent", MongoBson.ToDocument(finished)[QueuedMailFields.State].AsString);
    }

    [Fact]
    public void Passkeys_RoundTrip_WithTheirKeyCounterAndFlags()
    {
        var passkey = SamplePasskey();
        var read = MongoBson.RoundTrip(passkey);
        var challenge = PasskeyChallenge.Issue(PasskeyCeremony.SignIn, null, "challenge-hash", "{\"challenge\":\"abc\"}", MongoSamples.Now);
        var readChallenge = MongoBson.RoundTrip(challenge);

        Assert.Equal(
            (passkey.Id, passkey.UserId, passkey.CredentialId, passkey.UserHandle, passkey.SignCount, passkey.Transports, passkey.Aaguid, passkey.Name),
            (read.Id, read.UserId, read.CredentialId, read.UserHandle, read.SignCount, read.Transports, read.Aaguid, read.Name));
        Assert.Equal(passkey.PublicKey, read.PublicKey);
        Assert.Equal((true, false), (read.BackupEligible, read.BackedUp));
        Assert.Equal((challenge.Ceremony, (UserId?)null, challenge.Options, challenge.ExpiresAt), (readChallenge.Ceremony, readChallenge.UserId, readChallenge.Options, readChallenge.ExpiresAt));
        Assert.Equal("SignIn", MongoBson.ToDocument(challenge)["ceremony"].AsString);
    }

    private static Passkey SamplePasskey()
    {
        var owner = MongoSamples.UserWithEveryField();
        var credential = new VerifiedCredential("Y3JlZGVudGlhbA", [1, 2, 3], 7, ["internal", "hybrid"], Guid.NewGuid(), true, false);
        return Passkey.Register(owner, "aGFuZGxl", credential, "Laptop", MongoSamples.Now).Value;
    }

    private static QueuedMail FinishedMail()
    {
        var mail = QueuedMail.Queue("ada@example.com", "code", "sealed", MongoSamples.Now);
        mail.State = QueuedMailState.Sent;
        mail.LeaseId = Guid.NewGuid();
        mail.LastError = "421 try later";
        mail.FinishedAt = MongoSamples.Now;
        mail.DeleteAfter = MongoSamples.Now.AddDays(7);
        return mail;
    }

    private static CreateIndexModel<BsonDocument> Single(string collection, string name) =>
        Assert.Single(MongoIndexes.All.Single(c => c.Collection == collection).Indexes, i => i.Options.Name == name);

    private static BsonDocument Render(CreateIndexModel<BsonDocument> model) =>
        model.Keys.Render(new RenderArgs<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry));

    [Fact]
    public void Collections_AreNamedLikeTheRelationalTables()
    {
        Assert.Equal(
            ["users", "otps", "sessions", "refresh_tokens", "signing_keys", "server_secrets", "audit_entries"],
            new[]
            {
                MongoCollectionNames.Users, MongoCollectionNames.Otps, MongoCollectionNames.Sessions,
                MongoCollectionNames.RefreshTokens, MongoCollectionNames.SigningKeys, MongoCollectionNames.ServerSecrets,
                MongoCollectionNames.AuditEntries,
            });
        Assert.Equal(["accounts", "verifications"], new[] { MongoCollectionNames.Accounts, MongoCollectionNames.Verifications });
        Assert.Equal(nameof(Session), typeof(Session).Name);
    }
}
