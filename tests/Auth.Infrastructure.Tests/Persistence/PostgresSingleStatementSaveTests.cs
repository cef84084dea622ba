using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Persistence.Postgres;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Auth.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>On a real server: a save of several rows commits as one statement, whole or not at all.</summary>
public sealed class PostgresSingleStatementSaveTests : IAsyncLifetime
{
    private readonly ServerTestDatabase _database = ServerTestDatabase.Postgres();
    private readonly SingleStatementSave _save = new();
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();

    private DateTimeOffset Now => _clock.GetUtcNow();

    public Task InitializeAsync() => _database.InitializeAsync(_clock);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [SkippableFact]
    public async Task ARotation_IsWrittenByOneStatement_Whole()
    {
        var sessionId = await SavedSessionAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));

        await using (var scope = _database.CreateScope())
        {
            var session = await RotateAsync(scope, "refresh-hash", "successor");
            Assert.True(await _save.TrySaveAsync(Context(scope), CancellationToken.None));
            Assert.Equal(2, session.Version);
        }

        await using var read = _database.CreateScope();
        var stored = (await read.Sessions.FindWithUserByRefreshTokenHashAsync("successor", CancellationToken.None))!.Session;
        Assert.Equal((sessionId, Now, 2L), (stored.Id, stored.LastUsedAt, stored.Version));
        Assert.Equal("successor", await ScalarAsync(read, "SELECT replaced_by_token_hash FROM refresh_tokens WHERE token_hash = 'refresh-hash'"));
    }

    /// <summary>The presented token's revoke finds its row; only the session's version check fails, and it undoes the revoke too.</summary>
    [SkippableFact]
    public async Task ARotationOfASessionChangedSinceItsRead_WritesNothing_AndIsALostRace()
    {
        var sessionId = await SavedSessionAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));

        await using var rotate = _database.CreateScope();
        await RotateAsync(rotate, "refresh-hash", "successor");
        await using (var revoke = _database.CreateScope())
        {
            (await revoke.Sessions.FindByIdAsync(sessionId, CancellationToken.None))!.Revoke(SessionRevocationReason.SignedOut, Now);
            await revoke.SaveAsync();
        }

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _save.TrySaveAsync(Context(rotate), CancellationToken.None));

        await using var read = _database.CreateScope();
        Assert.Equal(false, await ScalarAsync(read, "SELECT is_revoked FROM refresh_tokens WHERE token_hash = 'refresh-hash'"));
        Assert.Equal(0L, await ScalarAsync(read, "SELECT count(*) FROM refresh_tokens WHERE token_hash = 'successor'"));
    }

    [SkippableFact]
    public async Task ARotationToAHashAnotherTokenHolds_WritesNothing_AndIsAUniqueViolation()
    {
        var user = await SavedUserAsync();
        await SavedSessionAsync(user, "session-hash", "refresh-hash");
        await SavedSessionAsync(user, "other-session-hash", "other-refresh-hash");
        _clock.Advance(TimeSpan.FromMinutes(20));

        await using (var scope = _database.CreateScope())
        {
            await RotateAsync(scope, "refresh-hash", "other-refresh-hash");
            await Assert.ThrowsAsync<UniqueConstraintViolationException>(() => _save.TrySaveAsync(Context(scope), CancellationToken.None));
        }

        await using var read = _database.CreateScope();
        Assert.Equal(1L, await ScalarAsync(read, "SELECT version FROM sessions WHERE token_hash = 'session-hash'"));
        Assert.Equal(false, await ScalarAsync(read, "SELECT is_revoked FROM refresh_tokens WHERE token_hash = 'refresh-hash'"));
    }

    [SkippableFact]
    public async Task AChangeOfOneRow_IsLeftToEfCore()
    {
        var sessionId = await SavedSessionAsync();

        await using var scope = _database.CreateScope();
        (await scope.Sessions.FindByIdAsync(sessionId, CancellationToken.None))!.Revoke(SessionRevocationReason.SignedOut, Now);

        Assert.False(await _save.TrySaveAsync(Context(scope), CancellationToken.None));
        Assert.Equal(true, await ScalarAsync(scope, "SELECT is_active FROM sessions"));
    }

    private static AuthDbContext Context(TestScope scope) => scope.Services.GetRequiredService<AuthDbContext>();

    private static Task<object?> ScalarAsync(TestScope scope, string sql) => PersistenceTestDatabase.ScalarAsync(Context(scope), sql);

    private async Task<Session> RotateAsync(TestScope scope, string presentedHash, string successorHash)
    {
        var session = (await scope.Sessions.FindWithUserByRefreshTokenHashAsync(presentedHash, CancellationToken.None))!.Session;
        Assert.True(session.Refresh(presentedHash, successorHash, RefreshTokenPolicy.Default, SessionPolicy.Default, Now).IsSuccess);
        return session;
    }

    private async Task<SessionId> SavedSessionAsync() =>
        await SavedSessionAsync(await SavedUserAsync(), "session-hash", "refresh-hash");

    private async Task<User> SavedUserAsync()
    {
        var user = User.RegisterLocal(
            PersonName.Create("Ada Lovelace").Value, EmailAddress.Create("ada@example.com").Value, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", Now);
        await using var scope = _database.CreateScope();
        scope.Users.Add(user);
        await scope.SaveAsync();
        return user;
    }

    private async Task<SessionId> SavedSessionAsync(User user, string sessionHash, string refreshHash)
    {
        var session = Session.Start(user.Id, sessionHash, "203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)", SessionPolicy.Default, Now);
        session.IssueRefreshToken(refreshHash, RefreshTokenPolicy.Default, Now);
        await using var scope = _database.CreateScope();
        scope.Sessions.Add(session);
        await scope.SaveAsync();
        return session.Id;
    }
}
