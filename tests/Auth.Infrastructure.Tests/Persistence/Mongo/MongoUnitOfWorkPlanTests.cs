using Auth.Domain.Audit;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// The unit of work's bookkeeping, without a server: what a save would write, with which expected and new
/// versions, in which order. The client points at a closed port with a short timeout, so any unexpected contact
/// with a server fails the test quickly.
/// </summary>
public sealed class MongoUnitOfWorkPlanTests : IDisposable
{
    private readonly MongoClient _client = new("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300&connectTimeoutMS=300");
    private readonly MongoChangeTracker _tracker = new();
    private readonly MongoUnitOfWork _unitOfWork;

    public MongoUnitOfWorkPlanTests()
    {
        var writer = new MongoTransactionalWriter(new AuthMongoDatabase(_client, "plan"), NullLogger<MongoTransactionalWriter>.Instance);
        _unitOfWork = new MongoUnitOfWork(_tracker, writer);
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public void LoadedAndUnchanged_IsNotWritten()
    {
        _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 3));

        Assert.Empty(_tracker.PlanWrites());
    }

    [Fact]
    public void LoadedUnchanged_ButDemandingANewVersion_IsReplacedWritingTheNext()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 3));
        user.RecordSignInMethodRemoved(user.UpdatedAt);

        var write = Assert.Single(_tracker.PlanWrites());

        Assert.Equal((3L, 4L), (write.ExpectedVersion, write.NewVersion));
    }

    [Fact]
    public void LoadedWithOnlyTheSignInTimeRecorded_IsReplacedKeepingItsVersion()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 3));
        user.RecordSuccessfulSignIn(MongoSamples.Now.AddHours(1));

        var write = Assert.Single(_tracker.PlanWrites());

        Assert.Equal((3L, 3L), (write.ExpectedVersion, write.NewVersion));
        Assert.Equal(3L, write.Document["version"]);
    }

    [Fact]
    public void LoadedAndChanged_IsReplacedFilteredOnTheLoadedVersionWritingTheNext()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 3));
        user.ChangeRole(Role.Admin, MongoSamples.Now.AddHours(1));

        var write = Assert.Single(_tracker.PlanWrites());

        Assert.False(write.IsInsert);
        Assert.Equal((3L, 4L), (write.ExpectedVersion, write.NewVersion));
        Assert.Equal(4L, write.Document["version"]);
        Assert.Equal("admin", write.Document["role"]);
        Assert.Equal(3, user.Version);
    }

    [Fact]
    public void LoadedWithAChangedAvatarOnly_IsReplaced()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.UserWithEveryField(), version: 1));
        user.UpdateProfile(null, Avatar.FromTrusted("https://cdn.example.com/a.png", "avatars/a", 48_214), user.UpdatedAt);

        var write = Assert.Single(_tracker.PlanWrites());

        Assert.Equal(48_214L, write.Document["avatar"]["size"]);
    }

    [Fact]
    public void Added_IsInsertedWithVersionOne()
    {
        var user = MongoSamples.ProviderUser();
        _tracker.Add(MongoAggregates.Users, user);

        var write = Assert.Single(_tracker.PlanWrites());

        Assert.True(write.IsInsert);
        Assert.Equal((0L, 1L), (write.ExpectedVersion, write.NewVersion));
        Assert.Equal(1L, write.Document["version"]);
        Assert.Equal(MongoBson.StandardUuid(user.Id.Value), write.Document["_id"]);
    }

    [Fact]
    public void Writes_ReplaceBeforeInsertingEachByCollectionThenId()
    {
        var owner = UserId.New(MongoSamples.Now);
        var issued = Otp.Issue(EmailAddress.FromTrusted("ada@example.com"), OtpType.SignIn, "code", null, OtpPolicy.Default, MongoSamples.Now).Value;
        var otp = _tracker.Attach(MongoAggregates.Otps, Loaded(issued, version: 1));
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 2));
        var session = Session.Start(owner, "s", null, null, SessionPolicy.Default, MongoSamples.Now);
        session.IssueRefreshToken("r", RefreshTokenPolicy.Default, MongoSamples.Now);
        var newUser = User.RegisterLocal(PersonName.FromTrusted("Bob"), EmailAddress.FromTrusted("bob@example.com"), "h", MongoSamples.Now);
        _tracker.Add(MongoAggregates.Sessions, session);
        _tracker.Add(MongoAggregates.Users, newUser);
        otp.Verify("guess", MongoSamples.Now.AddSeconds(1));
        user.SetTwoFactor(true, MongoSamples.Now.AddSeconds(1));

        var writes = _tracker.PlanWrites();

        Assert.Equal(
            [("users", false), ("otps", false), ("users", true), ("sessions", true)],
            writes.Select(w => (w.Entry.CollectionName, w.IsInsert)));
    }

    [Fact]
    public void SameDocumentLoadedTwice_IsTheSameInstance()
    {
        var stored = MongoBson.ToDocument(Loaded(MongoSamples.ProviderUser(), version: 1));

        var first = _tracker.Attach(MongoAggregates.Users, MongoBson.FromDocument<User>(stored));
        var second = _tracker.Attach(MongoAggregates.Users, MongoBson.FromDocument<User>(stored));
        first.ChangeRole(Role.Admin, MongoSamples.Now);

        Assert.Same(first, second);
        Assert.Single(_tracker.PlanWrites());
    }

    [Fact]
    public void Adding_TheSameInstanceTwiceTracksItOnce_AndAnotherInstanceWithTheSameIdIsRefused()
    {
        var user = MongoSamples.ProviderUser();
        _tracker.Add(MongoAggregates.Users, user);
        _tracker.Add(MongoAggregates.Users, user);

        Assert.Single(_tracker.PlanWrites());
        Assert.Throws<InvalidOperationException>(() =>
            _tracker.Add(MongoAggregates.Users, MongoBson.FromDocument<User>(MongoBson.ToDocument(user))));
    }

    [Fact]
    public void AfterAWrite_TheAggregateTakesTheNewVersionAndIsUnchangedAgain()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 3));
        user.ChangeRole(Role.Admin, MongoSamples.Now);
        var write = Assert.Single(_tracker.PlanWrites());

        write.Entry.MarkSaved(write.Document, write.NewVersion);

        Assert.Equal(4, user.Version);
        Assert.Empty(_tracker.PlanWrites());
        user.SetTwoFactor(true, MongoSamples.Now);
        Assert.Equal((4L, 5L), (_tracker.PlanWrites()[0].ExpectedVersion, _tracker.PlanWrites()[0].NewVersion));
    }

    [Fact]
    public void Reset_ForgetsEverythingTracked()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 1));
        user.ChangeRole(Role.Admin, MongoSamples.Now);
        _tracker.Add(MongoAggregates.Otps, MongoSamples.OtpPair().Used);

        _unitOfWork.Reset();

        Assert.Empty(_tracker.PlanWrites());
    }

    [Fact]
    public async Task Save_WithNothingChanged_WritesNothingAndClearsDomainEvents()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.UserWithEveryField(), version: 2, keepEvents: true));
        Assert.NotEmpty(user.DomainEvents);

        await _unitOfWork.SaveChangesAsync(CancellationToken.None);

        Assert.Empty(user.DomainEvents);
        Assert.Equal(2, user.Version);
    }

    [Fact]
    public async Task Save_OfOneChangedDocument_WhenNoServerAnswers_FailsAndKeepsTheChangeToWrite()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 1));
        user.ChangeRole(Role.Admin, MongoSamples.Now);

        await Assert.ThrowsAsync<TimeoutException>(() => _unitOfWork.SaveChangesAsync(CancellationToken.None));
        Assert.Equal(1, user.Version);
        Assert.Single(_tracker.PlanWrites());
    }

    [Fact]
    public void VersionFilter_MatchesTheIdAndTheExpectedVersion()
    {
        var id = Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

        Assert.Equal(
            new BsonDocument { { "_id", MongoBson.StandardUuid(id) }, { "version", 7L } },
            MongoTransactionalWriter.VersionFilter(id, 7));
    }

    /// <summary>The aggregate as a repository would hand it over: read from its stored document, at a given version.</summary>
    [Fact]
    public void AnAuditEntry_IsInsertedAfterEveryAggregate_WithoutAVersion_AndOnlyOnce()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 1));
        user.ChangeRole(Role.Admin, MongoSamples.Now.AddHours(1));
        var entry = AuditEntry.Record("user.role_changed", user.Id, null, "203.0.113.7", "UA/1", AuditOutcome.Success, "user→admin", MongoSamples.Now);
        _tracker.AddAuditEntry(entry);

        var writes = _tracker.PlanWrites();

        Assert.Equal(["users", "audit_entries"], writes.Select(w => w.Entry.CollectionName));
        var audit = writes[1];
        Assert.True(audit.IsInsert);
        Assert.False(audit.Document.Contains("version"));
        Assert.Equal(
            ["_id", "type", "userId", "subject", "ip", "userAgent", "outcome", "detail", "occurredAt"],
            audit.Document.Names);
        Assert.Equal(("success", BsonNull.Value), (audit.Document["outcome"].AsString, audit.Document["subject"]));
        foreach (var write in writes) write.Entry.MarkSaved(write.Document, write.NewVersion);
        Assert.Empty(_tracker.PlanWrites());
    }

    [Fact]
    public void PendingDomainEvents_AreTheTrackedAggregatesEvents_AndResetForgetsStagedAuditEntries()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 1));
        user.ChangeRole(Role.Admin, MongoSamples.Now.AddHours(1));
        _tracker.AddAuditEntry(AuditEntry.Record("user.role_changed", user.Id, null, null, null, AuditOutcome.Success, null, MongoSamples.Now));

        Assert.IsType<Domain.Users.Events.UserRoleChanged>(Assert.Single(_unitOfWork.PendingDomainEvents()));
        _unitOfWork.Reset();
        Assert.Empty(_tracker.PlanWrites());
        Assert.Empty(_unitOfWork.PendingDomainEvents());
    }

    private static TAggregate Loaded<TAggregate>(TAggregate aggregate, long version, bool keepEvents = false)
        where TAggregate : class
    {
        var document = MongoBson.ToDocument(aggregate);
        document["version"] = version;
        var loaded = MongoBson.FromDocument<TAggregate>(document);
        if (!keepEvents) return loaded;

        // A loaded aggregate has no events; to see them cleared, keep the original's (same state, version set).
        switch (aggregate)
        {
            case User user:
                AggregateRootClassMap.SetVersion(user, version);
                break;
            case Otp otp:
                AggregateRootClassMap.SetVersion(otp, version);
                break;
        }

        return aggregate;
    }
}
