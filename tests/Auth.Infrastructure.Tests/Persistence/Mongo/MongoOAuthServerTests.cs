using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Accounts;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// Accounts and verifications below the ports: the stored documents, version-checked deletes that lose a race, and
/// a failed save keeping a deleted account. Skipped unless <c>AUTH_TEST_MONGO</c> names a server.
/// </summary>
public sealed class MongoOAuthServerTests : IAsyncLifetime
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
    public async Task StoredAccount_IsTheMappedDocumentWithVersionOne_TokensAsGiven()
    {
        var (_, account) = await SavedAccountAsync();

        var stored = await Documents(MongoCollectionNames.Accounts).Find(IdFilter(account.Id)).SingleAsync();

        Assert.Equal(MongoBson.ToDocument(account), stored);
        Assert.Equal((1L, "v1.enc-access-2"), (stored["version"].AsInt64, stored["accessToken"].AsString));
    }

    [SkippableFact]
    public async Task StoredVerification_HasVersionOne_AndIsGoneOnceTaken()
    {
        await using (var write = Database.CreateScope())
        {
            write.Verifications.Add(new VerificationEntry("oauth-code", "h", "{}", Now, Now.AddMinutes(1)));
            await write.SaveAsync();
        }

        var stored = await Documents(MongoCollectionNames.Verifications).Find(new BsonDocument("valueHash", "h")).SingleAsync();
        Assert.Equal(1L, stored["version"].AsInt64);

        await using var take = Database.CreateScope();
        Assert.NotNull(await take.Verifications.ConsumeAsync("oauth-code", "h", Now, CancellationToken.None));
        Assert.Equal(0, await Documents(MongoCollectionNames.Verifications).CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }

    [SkippableFact]
    public async Task Remove_OfAnAccountChangedSinceItWasLoaded_IsAConflict_AndTheAccountStays()
    {
        var (user, account) = await SavedAccountAsync();
        await using var loser = Database.CreateScope();
        var stale = (await loser.Accounts.FindByProviderAccountAsync(AuthProvider.Google, account.ProviderAccountId, CancellationToken.None))!;
        await using (var winner = Database.CreateScope())
        {
            (await winner.Accounts.FindByProviderAccountAsync(AuthProvider.Google, account.ProviderAccountId, CancellationToken.None))!
                .RecordSignIn(ProtectedProviderTokens.None, Now.AddMinutes(1));
            await winner.SaveAsync();
        }

        loser.Accounts.Remove(stale);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(loser.SaveAsync);
        await using var read = Database.CreateScope();
        Assert.Equal(2, Assert.Single(await read.Accounts.ListByUserAsync(user.Id, CancellationToken.None)).Version);
    }

    [SkippableFact]
    public async Task Remove_OfAnAccountAnotherRequestRemovedFirst_IsAConflict()
    {
        var (user, _) = await SavedAccountAsync();
        await using var first = Database.CreateScope();
        await using var second = Database.CreateScope();
        first.Accounts.Remove(Assert.Single(await first.Accounts.ListByUserAsync(user.Id, CancellationToken.None)));
        second.Accounts.Remove(Assert.Single(await second.Accounts.ListByUserAsync(user.Id, CancellationToken.None)));

        await first.SaveAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(second.SaveAsync);
    }

    [SkippableFact]
    public async Task RemoveAndLinkTheSameProviderAccountInOneSave_FreesTheKeyFirst()
    {
        var (user, account) = await SavedAccountAsync();
        var relinked = Account.Link(user.Id, Identity(account.ProviderAccountId), ProtectedProviderTokens.None, Now.AddMinutes(1));
        await using (var scope = Database.CreateScope())
        {
            scope.Accounts.Remove(Assert.Single(await scope.Accounts.ListByUserAsync(user.Id, CancellationToken.None)));
            scope.Accounts.Add(relinked);
            await scope.SaveAsync();
        }

        await using var read = Database.CreateScope();
        Assert.Equal(relinked.Id, Assert.Single(await read.Accounts.ListByUserAsync(user.Id, CancellationToken.None)).Id);
    }

    [SkippableFact]
    public async Task InATransaction_WhenALaterInsertFails_KeepsTheDeletedAccount()
    {
        var (user, account) = await SavedAccountAsync();
        await using var scope = Database.CreateScope();

        scope.Accounts.Remove(Assert.Single(await scope.Accounts.ListByUserAsync(user.Id, CancellationToken.None)));
        scope.Users.Add(User.RegisterLocal(PersonName.FromTrusted("Taken"), user.Email, "h", Now));

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(scope.SaveAsync);
        var stored = await Documents(MongoCollectionNames.Accounts).Find(IdFilter(account.Id)).SingleAsync();
        Assert.Equal(MongoBson.ToDocument(account), stored);
    }

    private async Task<(User User, Account Account)> SavedAccountAsync()
    {
        var user = User.RegisterLocal(PersonName.FromTrusted("Grace Hopper"), EmailAddress.FromTrusted("grace@example.com"), "$argon2id$hash", Now);
        var account = MongoSamples.AccountWithEveryField(user.Id);
        await using var scope = Database.CreateScope();
        scope.Users.Add(user);
        scope.Accounts.Add(account);
        await scope.SaveAsync();
        return (user, account);
    }

    private static ProviderIdentity Identity(string accountId) =>
        new(AuthProvider.Google, accountId, EmailAddress.FromTrusted("grace@example.com"), true, "Grace Hopper");

    private static BsonDocument IdFilter(AccountId id) => new("_id", MongoBson.StandardUuid(id.Value));

    private IMongoCollection<BsonDocument> Documents(string collection) =>
        Database.Services.GetRequiredService<AuthMongoDatabase>().Documents(collection);
}
