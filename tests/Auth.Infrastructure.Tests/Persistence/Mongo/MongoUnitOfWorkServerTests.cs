using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// What the contract cannot see: the stored documents themselves, and a save whose transaction fails half-way.
/// </summary>
public sealed class MongoUnitOfWorkServerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();
    private MongoTestDatabase? _database;

    private MongoTestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    private DateTimeOffset Now => _clock.GetUtcNow();

    public async Task InitializeAsync()
    {
        _database = new MongoTestDatabase();
        await _database.InitializeAsync(_clock);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task StoredDocument_IsTheMappedDocumentWithVersionOne()
    {
        var user = MongoSamples.UserWithEveryField();
        await using (var scope = Database.CreateScope())
        {
            scope.Users.Add(user);
            await scope.SaveAsync();
        }

        var stored = await Documents(MongoCollectionNames.Users).Find(new BsonDocument("_id", MongoBson.StandardUuid(user.Id.Value))).SingleAsync();

        Assert.Equal(1, user.Version);
        Assert.Equal(MongoBson.ToDocument(user), stored);
        Assert.Equal(BsonBinarySubType.UuidStandard, stored["_id"].AsBsonBinaryData.SubType);
    }

    [SkippableFact]
    public async Task InATransaction_WhenAReplaceLosesTheRace_InsertsNothing()
    {
        var ada = await SavedUserAsync("ada@example.com");
        await using var loser = Database.CreateScope();
        var stale = (await loser.Users.FindByIdAsync(ada.Id, CancellationToken.None))!;
        await using (var winner = Database.CreateScope())
        {
            (await winner.Users.FindByIdAsync(ada.Id, CancellationToken.None))!.ChangeRole(Role.Admin, Now);
            await winner.SaveAsync();
        }

        stale.RecordSuccessfulSignIn(Now);
        var session = Session.Start(ada.Id, "lost-session", null, null, SessionPolicy.Default, Now);
        loser.Sessions.Add(session);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(loser.SaveAsync);
        await using var read = Database.CreateScope();
        Assert.Null(await read.Sessions.FindByIdAsync(session.Id, CancellationToken.None));
        Assert.Equal(2, (await StoredUserAsync(ada.Id)).Version);
    }

    [SkippableFact]
    public async Task InATransaction_WhenASecondReplaceLosesTheRace_LeavesTheFirstDocumentAsItWas()
    {
        var ada = await SavedUserAsync("ada@example.com");
        var bob = await SavedUserAsync("bob@example.com");
        await using var loser = Database.CreateScope();
        var staleAda = (await loser.Users.FindByIdAsync(ada.Id, CancellationToken.None))!;
        var staleBob = (await loser.Users.FindByIdAsync(bob.Id, CancellationToken.None))!;
        await using (var winner = Database.CreateScope())
        {
            var changed = ada.Id.Value.CompareTo(bob.Id.Value) < 0 ? bob.Id : ada.Id;
            (await winner.Users.FindByIdAsync(changed, CancellationToken.None))!.SetTwoFactor(true, Now);
            await winner.SaveAsync();
        }

        staleAda.ChangeRole(Role.Admin, Now);
        staleBob.ChangeRole(Role.Admin, Now);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(loser.SaveAsync);
        Assert.Equal(Role.User, (await StoredUserAsync(ada.Id)).Role);
        Assert.Equal(Role.User, (await StoredUserAsync(bob.Id)).Role);
    }

    [SkippableFact]
    public async Task InATransaction_WhenALaterInsertFails_NothingIsApplied()
    {
        var ada = await SavedUserAsync("ada@example.com");
        await SavedUserAsync("bob@example.com");
        await using var scope = Database.CreateScope();
        (await scope.Users.FindByIdAsync(ada.Id, CancellationToken.None))!.ChangeRole(Role.Admin, Now);
        scope.Users.Add(User.RegisterLocal(PersonName.FromTrusted("Bob Again"), EmailAddress.FromTrusted("bob@example.com"), "h", Now));

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(scope.SaveAsync);
        var stored = await StoredUserAsync(ada.Id);
        Assert.Equal(Role.User, stored.Role);
        Assert.Equal(1, stored.Version);
    }

    [SkippableFact]
    public async Task Time_WithSubMillisecondPrecision_IsStoredTruncatedAndReadsBackConsistently()
    {
        _clock.Advance(TimeSpan.FromTicks(1_234_567));
        var user = await SavedUserAsync("ada@example.com");

        await using var read = Database.CreateScope();
        var loaded = (await read.Users.FindByIdAsync(user.Id, CancellationToken.None))!;

        Assert.Equal(user.CreatedAt.AddTicks(-4_567), loaded.CreatedAt);
        await read.SaveAsync();
        Assert.Equal(1, (await StoredUserAsync(user.Id)).Version);
    }

    private async Task<User> SavedUserAsync(string email)
    {
        var user = User.RegisterLocal(PersonName.FromTrusted("Someone"), EmailAddress.FromTrusted(email), "$argon2id$hash", Now);
        await using var scope = Database.CreateScope();
        scope.Users.Add(user);
        await scope.SaveAsync();
        return user;
    }

    private async Task<User> StoredUserAsync(UserId id)
    {
        await using var scope = Database.CreateScope();
        return (await scope.Users.FindByIdAsync(id, CancellationToken.None))!;
    }

    private IMongoCollection<BsonDocument> Documents(string collection) =>
        Database.Services.GetRequiredService<AuthMongoDatabase>().Documents(collection);
}
