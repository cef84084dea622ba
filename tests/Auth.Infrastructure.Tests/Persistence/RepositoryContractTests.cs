using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Auth.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>
/// What every persistence provider must do, written once against the Application ports. Each engine subclasses
/// it with a <see cref="PersistenceTestDatabase"/> (see <see cref="SqliteRepositoryContractTests"/>); every test
/// gets a fresh database. The tests are split by module into the partial files next to this one.
/// </summary>
public abstract partial class RepositoryContractTests : IAsyncLifetime
{
    private PersistenceTestDatabase? _database;

    /// <summary>A whole-millisecond start, so that every engine (microsecond or tick precision) stores times exactly.</summary>
    private protected FakeTimeProvider Clock { get; } = TestClock.StartingNow();

    private protected PersistenceTestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    private protected DateTimeOffset Now => Clock.GetUtcNow();

    public async Task InitializeAsync()
    {
        _database = CreateDatabase();
        await _database.InitializeAsync(Clock);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }

    /// <summary>A new, not yet initialised database of the engine under test.</summary>
    private protected abstract PersistenceTestDatabase CreateDatabase();

    /// <summary>A new scope: its own context, as a separate request would have.</summary>
    private protected TestScope NewScope() => Database.CreateScope();

    private protected static EmailAddress Email(string value) => EmailAddress.Create(value).Value;

    private protected static PersonName Name(string value) => PersonName.Create(value).Value;

    private protected async Task<User> SavedUserAsync(string email = "ada@example.com", string name = "Ada Lovelace")
    {
        var user = User.RegisterLocal(Name(name), Email(email), "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", Now);
        await using var scope = NewScope();
        scope.Users.Add(user);
        await scope.SaveAsync();
        return user;
    }

    private protected async Task<(Session Session, RefreshToken Token)> SavedSessionAsync(
        UserId userId, string sessionTokenHash = "session-hash", string refreshTokenHash = "refresh-hash")
    {
        var session = Session.Start(userId, sessionTokenHash, "203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)", SessionPolicy.Default, Now);
        var token = session.IssueRefreshToken(refreshTokenHash, RefreshTokenPolicy.Default, Now);
        await using var scope = NewScope();
        scope.Sessions.Add(session);
        await scope.SaveAsync();
        return (session, token);
    }

    /// <summary>Every lookup in its own scope, as separate requests make them, all started before any is awaited.</summary>
    private protected async Task<TResult[]> Together<TKey, TResult>(IEnumerable<TKey> keys, Func<TestScope, TKey, Task<TResult>> lookUp) =>
        await Task.WhenAll(keys.Select(async key =>
        {
            await using var scope = NewScope();
            return await lookUp(scope, key);
        }));

    /// <summary>Runs a save and reports its outcome instead of throwing, so that two racing saves can be compared.</summary>
    private protected static async Task<Exception?> OutcomeOf(Func<Task> save)
    {
        try
        {
            await save();
            return null;
        }
        catch (Exception exception) when (exception is ConcurrencyConflictException or UniqueConstraintViolationException)
        {
            return exception;
        }
    }
}
