using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Infrastructure.Tests.TestSupport.Persistence;

namespace Auth.Infrastructure.Tests.Persistence;

public abstract partial class RepositoryContractTests
{
    [SkippableFact]
    public async Task Session_RoundTripsEveryFieldThroughUseAndRevocation()
    {
        var user = await SavedUserAsync();
        var (session, _) = await SavedSessionAsync(user.Id);

        await using (var read = NewScope())
        {
            AggregateAssert.SameSession(session, (await read.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!);
        }

        Clock.Advance(TimeSpan.FromHours(5));
        Session changed;
        await using (var change = NewScope())
        {
            changed = (await change.Sessions.FindByTokenHashAsync("session-hash", CancellationToken.None))!;
            changed.Touch(Now, SessionPolicy.Default, "2001:db8::1", "curl/8.5");
            Clock.Advance(TimeSpan.FromMinutes(1));
            changed.Revoke(SessionRevocationReason.RefreshTokenReused, Now);
            await change.SaveAsync();
        }

        await using var check = NewScope();
        var stored = await check.Sessions.FindByIdAsync(session.Id, CancellationToken.None);
        AggregateAssert.SameSession(changed, stored!);
        Assert.False(stored!.IsActive);
        Assert.Equal(SessionRevocationReason.RefreshTokenReused, stored.RevocationReason);
        Assert.Equal("2001:db8::1", stored.Ip);
        Assert.Equal(2, stored.Version);
    }

    [SkippableFact]
    public async Task SessionUse_RacingRecordsOfTheSameMinute_OneWritesTheOthersChangeNothingAndNoneFails()
    {
        var user = await SavedUserAsync();
        var (session, _) = await SavedSessionAsync(user.Id);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var first = session.UseToRecord(Now, SessionPolicy.Default)!;
        var racer = session.UseToRecord(Now.AddSeconds(1), SessionPolicy.Default)!;

        await using (var scope = NewScope()) await scope.Sessions.RecordUseAsync(first, CancellationToken.None);
        await using (var scope = NewScope()) await scope.Sessions.RecordUseAsync(racer, CancellationToken.None);

        await using var check = NewScope();
        var stored = (await check.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!;
        Assert.Equal((first.UsedAt, first.ExpiresAt), (stored.LastUsedAt, stored.ExpiresAt));
        Assert.Equal(session.Version, stored.Version);
    }

    [SkippableFact]
    public async Task SessionUse_OfARevokedSession_IsNotRecorded()
    {
        var user = await SavedUserAsync();
        var (session, _) = await SavedSessionAsync(user.Id);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var use = session.UseToRecord(Now, SessionPolicy.Default)!;
        await using (var revoke = NewScope())
        {
            (await revoke.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!.Revoke(SessionRevocationReason.SignedOut, Now);
            await revoke.SaveAsync();
        }

        await using (var scope = NewScope()) await scope.Sessions.RecordUseAsync(use, CancellationToken.None);

        await using var check = NewScope();
        Assert.NotEqual(use.UsedAt, (await check.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!.LastUsedAt);
    }

    [SkippableFact]
    public async Task Session_ReadOnly_LoadsEveryFieldAndAChangeToItIsNeverSaved()
    {
        var user = await SavedUserAsync();
        var (session, _) = await SavedSessionAsync(user.Id);

        await using (var read = NewScope())
        {
            var loaded = (await read.Sessions.FindByIdReadOnlyAsync(session.Id, CancellationToken.None))!;
            AggregateAssert.SameSession(session, loaded);
            loaded.Revoke(SessionRevocationReason.SignedOut, Now);
            await read.SaveAsync();
        }

        await using var check = NewScope();
        Assert.True((await check.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!.IsActive);
    }

    [SkippableFact]
    public async Task Session_WithoutIpOrUserAgent_RoundTripsNulls()
    {
        var user = await SavedUserAsync();
        var session = Session.Start(user.Id, "bare", null, "  ", SessionPolicy.Default, Now);
        await using (var write = NewScope())
        {
            write.Sessions.Add(session);
            await write.SaveAsync();
        }

        await using var read = NewScope();
        var stored = await read.Sessions.FindByTokenHashAsync("bare", CancellationToken.None);
        AggregateAssert.SameSession(session, stored!);
        Assert.Null(stored!.Ip);
        Assert.Null(stored.UserAgent);
        Assert.Null(stored.RevokedAt);
        Assert.Null(stored.RevocationReason);
        Assert.Null(await read.Sessions.FindByTokenHashAsync("unknown", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Session_WithATokenHashAlreadyTaken_FailsWithUniqueConstraintViolation()
    {
        var user = await SavedUserAsync();
        await SavedSessionAsync(user.Id, "same-hash", "refresh-1");

        await using var scope = NewScope();
        scope.Sessions.Add(Session.Start(user.Id, "same-hash", null, null, SessionPolicy.Default, Now));

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(scope.SaveAsync);
    }

    [SkippableFact]
    public async Task ActiveSessions_ExcludeRevokedExpiredAndOtherUsers_NewestUseFirst()
    {
        var ada = await SavedUserAsync("ada@example.com");
        var bob = await SavedUserAsync("bob@example.com");
        var (expiring, _) = await SavedSessionAsync(ada.Id, "s-expiring", "r-expiring");
        Clock.Advance(TimeSpan.FromDays(6));
        var (older, _) = await SavedSessionAsync(ada.Id, "s-older", "r-older");
        var (newer, _) = await SavedSessionAsync(ada.Id, "s-newer", "r-newer");
        var (revoked, _) = await SavedSessionAsync(ada.Id, "s-revoked", "r-revoked");
        await SavedSessionAsync(bob.Id, "s-bob", "r-bob");
        Clock.Advance(TimeSpan.FromHours(1));
        await using (var change = NewScope())
        {
            (await change.Sessions.FindByIdAsync(newer.Id, CancellationToken.None))!.Touch(Now, SessionPolicy.Default);
            (await change.Sessions.FindByIdAsync(revoked.Id, CancellationToken.None))!.Revoke(SessionRevocationReason.SignedOut, Now);
            await change.SaveAsync();
        }

        await using var read = NewScope();
        var beforeExpiry = await read.Sessions.ListActiveByUserAsync(ada.Id, expiring.ExpiresAt.AddTicks(-TimeSpan.TicksPerMillisecond), CancellationToken.None);
        var atExpiry = await read.Sessions.ListActiveByUserAsync(ada.Id, expiring.ExpiresAt, CancellationToken.None);

        Assert.Equal([newer.Id, older.Id, expiring.Id], beforeExpiry.Select(s => s.Id));
        Assert.Equal([newer.Id, older.Id], atExpiry.Select(s => s.Id));
    }

    [SkippableFact]
    public async Task RefreshToken_RoundTripsEveryFieldThroughRotation()
    {
        var user = await SavedUserAsync();
        var (session, token) = await SavedSessionAsync(user.Id);
        await using (var read = NewScope())
        {
            AggregateAssert.SameRefreshToken(token, (await read.RefreshTokens.FindByTokenHashAsync("refresh-hash", CancellationToken.None))!);
        }

        Clock.Advance(TimeSpan.FromMinutes(20));
        RefreshToken presented;
        RefreshToken successor;
        await using (var rotate = NewScope())
        {
            presented = (await rotate.RefreshTokens.FindByTokenHashAsync("refresh-hash", CancellationToken.None))!;
            var currentSession = (await rotate.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!;
            successor = RefreshTokenRotation.Rotate(
                currentSession, presented, "refresh-hash-2", RefreshTokenPolicy.Default, SessionPolicy.Default, Now).Value;
            rotate.RefreshTokens.Add(successor);
            await rotate.SaveAsync();
        }

        await using var check = NewScope();
        var old = await check.RefreshTokens.FindByTokenHashAsync("refresh-hash", CancellationToken.None);
        AggregateAssert.SameRefreshToken(presented, old!);
        Assert.True(old!.IsRevoked);
        Assert.Equal(Now, old.RevokedAt);
        Assert.Equal("refresh-hash-2", old.ReplacedByTokenHash);
        AggregateAssert.SameRefreshToken(successor, (await check.RefreshTokens.FindByTokenHashAsync("refresh-hash-2", CancellationToken.None))!);
        Assert.Equal(Now, (await check.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!.LastUsedAt);
    }

    [SkippableFact]
    public async Task RefreshToken_FoundWithItsOwner_ComesWithItsSessionAndUserAllTracked()
    {
        var user = await SavedUserAsync();
        var (session, token) = await SavedSessionAsync(user.Id);
        Clock.Advance(TimeSpan.FromMinutes(20));

        await using (var rotate = NewScope())
        {
            var found = (await rotate.RefreshTokens.FindWithOwnerByTokenHashAsync("refresh-hash", CancellationToken.None))!;
            AggregateAssert.SameRefreshToken(token, found.Token);
            AggregateAssert.SameSession(session, found.Session);
            Assert.Equal(user.Id, found.User.Id);
            Assert.Equal(user.Email, found.User.Email);
            rotate.RefreshTokens.Add(RefreshTokenRotation.Rotate(
                found.Session, found.Token, "refresh-hash-2", RefreshTokenPolicy.Default, SessionPolicy.Default, Now).Value);
            Assert.Null(await rotate.RefreshTokens.FindWithOwnerByTokenHashAsync("unknown", CancellationToken.None));
            await rotate.SaveAsync();
        }

        await using var check = NewScope();
        Assert.Equal("refresh-hash-2", (await check.RefreshTokens.FindByTokenHashAsync("refresh-hash", CancellationToken.None))!.ReplacedByTokenHash);
        Assert.Equal(Now, (await check.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!.LastUsedAt);
    }

    [SkippableFact]
    public async Task RefreshTokens_UnrevokedAreListedPerSessionAndPerUser()
    {
        var ada = await SavedUserAsync("ada@example.com");
        var bob = await SavedUserAsync("bob@example.com");
        var (laptop, laptopToken) = await SavedSessionAsync(ada.Id, "s-laptop", "r-laptop");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var (phone, phoneToken) = await SavedSessionAsync(ada.Id, "s-phone", "r-phone");
        var (_, revokedToken) = await SavedSessionAsync(ada.Id, "s-old", "r-old");
        await SavedSessionAsync(bob.Id, "s-bob", "r-bob");
        await using (var change = NewScope())
        {
            (await change.RefreshTokens.FindByTokenHashAsync(revokedToken.TokenHash, CancellationToken.None))!.Revoke(Now);
            await change.SaveAsync();
        }

        await using var read = NewScope();
        Assert.Equal([laptopToken.Id], (await read.RefreshTokens.ListUnrevokedBySessionAsync(laptop.Id, CancellationToken.None)).Select(t => t.Id));
        Assert.Equal([phoneToken.Id], (await read.RefreshTokens.ListUnrevokedBySessionAsync(phone.Id, CancellationToken.None)).Select(t => t.Id));
        Assert.Equal(
            [laptopToken.Id, phoneToken.Id],
            (await read.RefreshTokens.ListUnrevokedByUserAsync(ada.Id, CancellationToken.None)).Select(t => t.Id));
    }

    [SkippableFact]
    public async Task RefreshToken_TwoRotationsRacingThroughTwoContexts_ExactlyOneWins()
    {
        var user = await SavedUserAsync();
        var (session, _) = await SavedSessionAsync(user.Id);
        Clock.Advance(TimeSpan.FromMinutes(20));

        await using var first = NewScope();
        await using var second = NewScope();
        await RotateAsync(first, "successor-1");
        await RotateAsync(second, "successor-2");
        var outcomes = await Task.WhenAll(OutcomeOf(first.SaveAsync), OutcomeOf(second.SaveAsync));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is ConcurrencyConflictException);
        var winner = outcomes[0] is null ? "successor-1" : "successor-2";
        await using var read = NewScope();
        var unrevoked = await read.RefreshTokens.ListUnrevokedBySessionAsync(session.Id, CancellationToken.None);
        Assert.Equal([winner], unrevoked.Select(t => t.TokenHash));
        Assert.Equal(winner, (await read.RefreshTokens.FindByTokenHashAsync("refresh-hash", CancellationToken.None))!.ReplacedByTokenHash);

        async Task RotateAsync(TestScope scope, string successorHash)
        {
            var presented = (await scope.RefreshTokens.FindByTokenHashAsync("refresh-hash", CancellationToken.None))!;
            var current = (await scope.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!;
            var successor = RefreshTokenRotation.Rotate(
                current, presented, successorHash, RefreshTokenPolicy.Default, SessionPolicy.Default, Now);
            scope.RefreshTokens.Add(successor.Value);
        }
    }
}
