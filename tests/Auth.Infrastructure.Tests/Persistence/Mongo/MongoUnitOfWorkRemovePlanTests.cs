using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.Infrastructure.Persistence.Mongo.Verifications;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// Deletes and non-aggregate inserts in the unit of work's plan, without a server: a removed aggregate is deleted
/// filtered on the version it was loaded at, before any insert; verification entries are inserted after the aggregates.
/// </summary>
public sealed class MongoUnitOfWorkRemovePlanTests : IDisposable
{
    private static readonly UserId Owner = new(Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));

    private readonly MongoClient _client = new("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300&connectTimeoutMS=300");
    private readonly MongoChangeTracker _tracker = new();
    private readonly MongoUnitOfWork _unitOfWork;

    public MongoUnitOfWorkRemovePlanTests()
    {
        var writer = new MongoTransactionalWriter(new AuthMongoDatabase(_client, "plan"), NullLogger<MongoTransactionalWriter>.Instance);
        _unitOfWork = new MongoUnitOfWork(_tracker, writer);
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public void LoadedAndRemoved_IsDeletedFilteredOnTheLoadedVersion()
    {
        var account = _tracker.Attach(MongoAggregates.Accounts, Loaded(MongoSamples.AccountWithEveryField(Owner), version: 4));

        _tracker.Remove(MongoAggregates.Accounts, account);

        var write = Assert.Single(_tracker.PlanWrites());
        Assert.True(write.IsDelete);
        Assert.False(write.IsInsert);
        Assert.Equal("accounts", write.Entry.CollectionName);
        Assert.Equal(account.Id.Value, write.Entry.Id);
        Assert.Equal((4L, 4L), (write.ExpectedVersion, write.NewVersion));
        Assert.Equal(
            MongoTransactionalWriter.VersionFilter(account.Id.Value, 4),
            MongoTransactionalWriter.VersionFilter(write.Entry.Id, write.ExpectedVersion));
        Assert.Same(write.Entry.Snapshot, write.Document);
    }

    [Fact]
    public void ChangedThenRemoved_IsDeletedNotReplaced()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 1));
        var account = _tracker.Attach(MongoAggregates.Accounts, Loaded(MongoSamples.AccountWithEveryField(user.Id), version: 2));
        Assert.True(account.Unlink(user, [account, Loaded(MongoSamples.AccountWithEveryField(user.Id), 1)], MongoSamples.Now.AddDays(1)).IsSuccess);

        _tracker.Remove(MongoAggregates.Accounts, account);

        var writes = _tracker.PlanWrites();
        var delete = Assert.Single(writes, w => w.Entry.CollectionName == "accounts");
        Assert.True(delete.IsDelete);
        Assert.Equal(2L, delete.ExpectedVersion);
        var owner = Assert.Single(writes, w => w.Entry.CollectionName == "users");
        Assert.False(owner.IsDelete);
        Assert.Equal((1L, 2L), (owner.ExpectedVersion, owner.NewVersion));
    }

    [Fact]
    public void AddedThenRemovedBeforeASave_IsNotWrittenAtAll()
    {
        var account = MongoSamples.AccountWithEveryField(Owner);
        _tracker.Add(MongoAggregates.Accounts, account);

        _tracker.Remove(MongoAggregates.Accounts, account);

        Assert.Empty(_tracker.PlanWrites());
    }

    [Fact]
    public void Removing_AnAggregateThisUnitOfWorkDoesNotTrack_IsRefused()
    {
        var stored = Loaded(MongoSamples.AccountWithEveryField(Owner), version: 1);
        _tracker.Attach(MongoAggregates.Accounts, stored);

        Assert.Throws<InvalidOperationException>(() => _tracker.Remove(MongoAggregates.Accounts, MongoSamples.AccountWithEveryField(Owner)));
        Assert.Throws<InvalidOperationException>(() => _tracker.Remove(MongoAggregates.Accounts, MongoBson.RoundTrip(stored)));
        Assert.Empty(_tracker.PlanWrites());
    }

    [Fact]
    public void Deletes_ComeWithTheReplacesBeforeEveryInsert_SoARelinkOfTheSameProviderAccountFindsItsKeyFree()
    {
        var user = _tracker.Attach(MongoAggregates.Users, Loaded(MongoSamples.ProviderUser(), version: 1));
        var old = _tracker.Attach(MongoAggregates.Accounts, Loaded(MongoSamples.AccountWithEveryField(user.Id), version: 1));
        _tracker.Remove(MongoAggregates.Accounts, old);
        _tracker.Add(MongoAggregates.Accounts, MongoSamples.AccountWithEveryField(user.Id));
        user.SetTwoFactor(true, MongoSamples.Now.AddSeconds(1));
        var entry = MongoSamples.Verification();
        var verification = VerificationDocument.From(entry);
        _tracker.AddDocument(MongoCollectionNames.Verifications, MongoVerificationStore.WriteOrder, verification.Id, verification);

        var writes = _tracker.PlanWrites();

        Assert.Equal(
            [("users", "replace"), ("accounts", "delete"), ("accounts", "insert"), ("verifications", "insert")],
            writes.Select(w => (w.Entry.CollectionName, w.IsDelete ? "delete" : w.IsInsert ? "insert" : "replace")));
    }

    [Fact]
    public void AddedDocument_IsInsertedOnceWithVersionOne_AndUnchangedAfterItsSave()
    {
        var document = VerificationDocument.From(MongoSamples.Verification());
        _tracker.AddDocument(MongoCollectionNames.Verifications, MongoVerificationStore.WriteOrder, document.Id, document);

        var write = Assert.Single(_tracker.PlanWrites());

        Assert.True(write.IsInsert);
        Assert.Equal((0L, 1L), (write.ExpectedVersion, write.NewVersion));
        Assert.Equal(1L, write.Document["version"]);
        Assert.Equal(MongoBson.StandardUuid(document.Id), write.Document["_id"]);
        Assert.Equal(document.ValueHash, write.Document["valueHash"]);

        write.Entry.MarkSaved(write.Document, write.NewVersion);
        Assert.Empty(_tracker.PlanWrites());
        Assert.Throws<InvalidOperationException>(() =>
            _tracker.AddDocument(MongoCollectionNames.Verifications, MongoVerificationStore.WriteOrder, document.Id, document));
    }

    [Fact]
    public void Reset_ForgetsRemovalsAndStagedDocuments()
    {
        var account = _tracker.Attach(MongoAggregates.Accounts, Loaded(MongoSamples.AccountWithEveryField(Owner), version: 1));
        _tracker.Remove(MongoAggregates.Accounts, account);
        var document = VerificationDocument.From(MongoSamples.Verification());
        _tracker.AddDocument(MongoCollectionNames.Verifications, MongoVerificationStore.WriteOrder, document.Id, document);

        _unitOfWork.Reset();

        Assert.Empty(_tracker.PlanWrites());
    }

    [Fact]
    public async Task Save_OfOneDelete_GoesStraightToTheServer_AndKeepsTheRemovalWhenItFails()
    {
        var account = _tracker.Attach(MongoAggregates.Accounts, Loaded(MongoSamples.AccountWithEveryField(Owner), version: 1));
        _tracker.Remove(MongoAggregates.Accounts, account);

        await Assert.ThrowsAsync<TimeoutException>(() => _unitOfWork.SaveChangesAsync(CancellationToken.None));
        Assert.True(Assert.Single(_tracker.PlanWrites()).IsDelete);
    }

    /// <summary>The aggregate as a repository would hand it over: read from its stored document, at a given version.</summary>
    private static TAggregate Loaded<TAggregate>(TAggregate aggregate, long version)
    {
        var document = MongoBson.ToDocument(aggregate);
        document["version"] = version;
        return MongoBson.FromDocument<TAggregate>(document);
    }
}
