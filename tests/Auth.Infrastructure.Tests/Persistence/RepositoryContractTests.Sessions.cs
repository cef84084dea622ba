using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Sessions;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

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
            changed = (await change.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!;
            changed.Touch(Now, SessionPolicy.Default);
            Clock.Advance(TimeSpan.FromMinutes(1));
            changed.Revoke(SessionRevocationReason.RefreshTokenReused, Now);
            await change.SaveAsync();
        }

        await using var check = NewScope();
        var stored = await check.Sessions.FindByIdAsync(session.Id, CancellationToken.None);
        AggregateAssert.SameSession(changed, stored!);
        Assert.False(stored!.IsActive);
        Assert.Equal(SessionRevocationReason.RefreshTokenReused, stored.RevocationReason);
        Assert.Equal(Now.AddMinutes(-1), stored.LastUsedAt);
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
    public async Task SessionUses_HandedToTheBackgroundRecorder_AreWrittenAtTheLatestWhenTheHostStops()
    {
        var user = await SavedUserAsync();
        var (session, _) = await SavedSessionAsync(user.Id);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var use = session.UseToRecord(Now, SessionPolicy.Default)!;
        var recorder = new BackgroundSessionUseRecorder(
            Database.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<BackgroundSessionUseRecorder>.Instance);

        await recorder.StartAsync(CancellationToken.None);
        recorder.Record(use);
        await recorder.StopAsync(CancellationToken.None);

        await using var check = NewScope();
        var stored = (await check.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!;
        Assert.Equal((use.UsedAt, use.ExpiresAt), (stored.LastUsedAt, stored.ExpiresAt));
    }

    [SkippableFact]
    public async Task SessionWithUser_ByTokenHash_ComesInOneRead_AndNothingForAnUnknownHash()
    {
        var user = await SavedUserAsync();
        var (session, _) = await SavedSessionAsync(user.Id);

        await using var read = NewScope();
        var found = await read.Sessions.FindWithUserByTokenHashAsync("session-hash", CancellationToken.None);

        AggregateAssert.SameSession(session, found!.Session);
        Assert.Equal((user.Id, user.Email, user.Name), (found.User.Id, found.User.Email, found.User.Name));
        Assert.Null(await read.Sessions.FindWithUserByTokenHashAsync("unknown", CancellationToken.None));
    }

    /// <summary>On database servers these per-request reads share round trips (<c>CoalescedSessionReads</c>).</summary>
    [SkippableFact]
    public async Task Sessions_ReadOnlyLookupsMadeTogether_EachGetTheirOwnCopyOfTheirOwnSession_AndSeeARevocationMadeBefore()
    {
        var ada = await SavedUserAsync();
        var grace = await SavedUserAsync("grace@example.com", "Grace Hopper");
        var sessions = new List<Session>();
        for (var i = 0; i < 8; i++)
        {
            sessions.Add((await SavedSessionAsync(i % 2 == 0 ? ada.Id : grace.Id, $"session-hash-{i}", $"refresh-hash-{i}")).Session);
        }

        var hashes = Enumerable.Range(0, 45).Select(i => i % 9 == 8 ? "unknown" : $"session-hash-{i % 9}").ToArray();
        var byHash = await Together(hashes, (scope, hash) => scope.Sessions.FindWithUserByTokenHashAsync(hash, CancellationToken.None));
        var byId = await Together([.. sessions, .. sessions], (scope, s) => scope.Sessions.FindByIdReadOnlyAsync(s.Id, CancellationToken.None));

        for (var i = 0; i < hashes.Length; i++)
        {
            if (hashes[i] == "unknown") Assert.Null(byHash[i]);
            else AssertSessionOfItsUser(sessions.Single(s => s.TokenHash == hashes[i]), byHash[i]!);
        }

        for (var i = 0; i < byId.Length; i++) AggregateAssert.SameSession(sessions[i % sessions.Count], byId[i]!);
        object[] copies = [.. byHash.OfType<SessionWithUser>().SelectMany(f => new object[] { f.Session, f.User }), .. byId.OfType<Session>()];
        Assert.Equal(copies.Length, copies.Distinct(ReferenceEqualityComparer.Instance).Count());

        await using (var write = NewScope())
        {
            var session = (await write.Sessions.FindByIdAsync(sessions[0].Id, CancellationToken.None))!;
            session.Revoke(SessionRevocationReason.SignedOut, Now);
            await write.SaveAsync();
        }

        var after = await Together(["session-hash-0", "session-hash-0", "session-hash-1"], (scope, hash) => scope.Sessions.FindWithUserByTokenHashAsync(hash, CancellationToken.None));
        var afterById = await Together([sessions[0].Id, sessions[0].Id], (scope, id) => scope.Sessions.FindByIdReadOnlyAsync(id, CancellationToken.None));
        Assert.Equal([false, false, true], after.Select(f => f!.Session.IsActive));
        Assert.All(afterById, s => Assert.False(s!.IsActive));
    }

    private static void AssertSessionOfItsUser(Session expected, SessionWithUser found)
    {
        AggregateAssert.SameSession(expected, found.Session);
        Assert.Equal(expected.UserId, found.User.Id);
    }

    [SkippableFact]
    public async Task AUserRead_AfterAChangeSavedInTheSameScope_SeesTheChange_NotTheUserLoadedWithTheSession()
    {
        var user = await SavedUserAsync();
        await SavedSessionAsync(user.Id);

        await using var scope = NewScope();
        await scope.Sessions.FindWithUserByTokenHashAsync("session-hash", CancellationToken.None);
        var tracked = (await scope.Users.FindByIdAsync(user.Id, CancellationToken.None))!;
        tracked.UpdateProfile(PersonName.Create("Ada King").Value, null, Now);
        await scope.SaveAsync();

        Assert.Equal("Ada King", (await scope.Users.FindByIdReadOnlyAsync(user.Id, CancellationToken.None))!.Name.Value);
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
        var stored = (await read.Sessions.FindWithUserByTokenHashAsync("bare", CancellationToken.None))?.Session;
        AggregateAssert.SameSession(session, stored!);
        Assert.Null(stored!.Ip);
        Assert.Null(stored.UserAgent);
        Assert.Null(stored.RevokedAt);
        Assert.Null(stored.RevocationReason);
        Assert.Null(await read.Sessions.FindWithUserByTokenHashAsync("unknown", CancellationToken.None));
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
    public async Task Session_FoundByARefreshTokenOfItsChain_RoundTripsTheChainThroughARefresh()
    {
        var user = await SavedUserAsync();
        var (session, token) = await SavedSessionAsync(user.Id);
        await using (var read = NewScope())
        {
            var found = (await SessionByRefreshTokenAsync(read, "refresh-hash"))!;
            AggregateAssert.SameSession(session, found);
            AggregateAssert.SameRefreshToken(token, Assert.Single(found.RefreshTokens));
            Assert.Null(await SessionByRefreshTokenAsync(read, "unknown"));
        }

        Clock.Advance(TimeSpan.FromMinutes(20));
        RefreshToken successor;
        await using (var refresh = NewScope())
        {
            var found = (await SessionByRefreshTokenAsync(refresh, "refresh-hash"))!;
            successor = found.Refresh("refresh-hash", "refresh-hash-2", RefreshTokenPolicy.Default, SessionPolicy.Default, Now).Value;
            await refresh.SaveAsync();
        }

        await using var check = NewScope();
        var byOld = (await SessionByRefreshTokenAsync(check, "refresh-hash"))!;
        var old = byOld.RefreshTokens.Single(t => t.TokenHash == "refresh-hash");
        Assert.True(old.IsRevoked);
        Assert.Equal(Now, old.RevokedAt);
        Assert.Equal("refresh-hash-2", old.ReplacedByTokenHash);
        Assert.Equal(Now, byOld.LastUsedAt);
        var bySuccessor = (await SessionByRefreshTokenAsync(check, "refresh-hash-2"))!;
        Assert.Equal(session.Id, bySuccessor.Id);
        AggregateAssert.SameRefreshToken(successor, bySuccessor.RefreshTokens.Single(t => t.TokenHash == "refresh-hash-2"));
    }

    [SkippableFact]
    public async Task SessionWithUser_FoundByARefreshToken_ComesWithThePresentedLink_AndARotationThroughItIsSaved()
    {
        var user = await SavedUserAsync();
        var (session, token) = await SavedSessionAsync(user.Id);
        Clock.Advance(TimeSpan.FromMinutes(20));
        await using (var refresh = NewScope())
        {
            var found = (await refresh.Sessions.FindWithUserByRefreshTokenHashAsync("refresh-hash", CancellationToken.None))!;
            Assert.Equal((user.Id, user.Email), (found.User.Id, found.User.Email));
            AggregateAssert.SameRefreshToken(token, Assert.Single(found.Session.RefreshTokens));
            Assert.Null(await refresh.Sessions.FindWithUserByRefreshTokenHashAsync("unknown", CancellationToken.None));
            found.Session.Refresh("refresh-hash", "refresh-hash-2", RefreshTokenPolicy.Default, SessionPolicy.Default, Now);
            await refresh.SaveAsync();
        }

        await using var check = NewScope();
        var bySuccessor = (await SessionByRefreshTokenAsync(check, "refresh-hash-2"))!;
        Assert.Equal((session.Id, Now), (bySuccessor.Id, bySuccessor.LastUsedAt));
        Assert.True((await SessionByRefreshTokenAsync(check, "refresh-hash"))!
            .RefreshTokens.Single(t => t.TokenHash == "refresh-hash").IsRevoked);
    }

    [SkippableFact]
    public async Task Session_ARotatedTokenPresentedAgain_EndsTheStoredSession()
    {
        var user = await SavedUserAsync();
        await SavedSessionAsync(user.Id);
        Clock.Advance(TimeSpan.FromMinutes(20));
        await RefreshAsync("refresh-hash", "refresh-hash-2");
        Clock.Advance(TimeSpan.FromMinutes(20));

        var replay = await RefreshAsync("refresh-hash", "refresh-hash-3");

        Assert.Equal("refresh_token_reused", replay.Error?.Code);
        await using var read = NewScope();
        var stored = (await SessionByRefreshTokenAsync(read, "refresh-hash-2"))!;
        Assert.False(stored.IsActive);
        Assert.Equal(SessionRevocationReason.RefreshTokenReused, stored.RevocationReason);
        Assert.Null(await SessionByRefreshTokenAsync(read, "refresh-hash-3"));
    }

    [SkippableFact]
    public Task RefreshToken_TwoRefreshesRacingThroughTwoContexts_ExactlyOneWins() => TwoRefreshesRaceAsync(TimeSpan.FromMinutes(20));

    /// <summary>Then the session's own fields do not change; the chain does, and it must still cost a version.</summary>
    [SkippableFact]
    public Task RefreshToken_TwoRefreshesRacingInTheInstantOfSignIn_ExactlyOneWins() => TwoRefreshesRaceAsync(TimeSpan.Zero);

    private async Task TwoRefreshesRaceAsync(TimeSpan afterSignIn)
    {
        var user = await SavedUserAsync();
        await SavedSessionAsync(user.Id);
        Clock.Advance(afterSignIn);

        await using var first = NewScope();
        await using var second = NewScope();
        await LoadAndRefreshAsync(first, "refresh-hash", "successor-1");
        await LoadAndRefreshAsync(second, "refresh-hash", "successor-2");
        var outcomes = await Task.WhenAll(OutcomeOf(first.SaveAsync), OutcomeOf(second.SaveAsync));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is ConcurrencyConflictException);
        var (winner, loser) = outcomes[0] is null ? ("successor-1", "successor-2") : ("successor-2", "successor-1");
        await using var read = NewScope();
        var stored = (await SessionByRefreshTokenAsync(read, "refresh-hash"))!;
        Assert.Equal(winner, stored.RefreshTokens.Single(t => t.TokenHash == "refresh-hash").ReplacedByTokenHash);
        Assert.NotNull(await SessionByRefreshTokenAsync(read, winner));
        Assert.Null(await SessionByRefreshTokenAsync(read, loser));
    }

    [SkippableFact]
    public async Task RefreshToken_ARefreshRacingARevocation_DoesNotSurviveIt()
    {
        var user = await SavedUserAsync();
        var (session, _) = await SavedSessionAsync(user.Id);
        Clock.Advance(TimeSpan.FromMinutes(20));

        await using var refresh = NewScope();
        await using var revoke = NewScope();
        await LoadAndRefreshAsync(refresh, "refresh-hash", "successor");
        (await revoke.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!.Revoke(SessionRevocationReason.SignedOut, Now);
        await revoke.SaveAsync();

        Assert.IsType<ConcurrencyConflictException>(await OutcomeOf(refresh.SaveAsync));
        await using var read = NewScope();
        Assert.False((await read.Sessions.FindByIdAsync(session.Id, CancellationToken.None))!.IsActive);
        Assert.Null(await SessionByRefreshTokenAsync(read, "successor"));
    }

    /// <summary>The session the refresh read finds by a refresh token of its chain (its user comes along, unused here).</summary>
    private protected static async Task<Session?> SessionByRefreshTokenAsync(TestScope scope, string refreshTokenHash) =>
        (await scope.Sessions.FindWithUserByRefreshTokenHashAsync(refreshTokenHash, CancellationToken.None))?.Session;

    private async Task<Result<RefreshToken>> RefreshAsync(string presentedHash, string newHash)
    {
        await using var scope = NewScope();
        var result = await LoadAndRefreshAsync(scope, presentedHash, newHash);
        await scope.SaveAsync();
        return result;
    }

    private async Task<Result<RefreshToken>> LoadAndRefreshAsync(TestScope scope, string presentedHash, string newHash)
    {
        var session = (await SessionByRefreshTokenAsync(scope, presentedHash))!;
        return session.Refresh(presentedHash, newHash, RefreshTokenPolicy.Default, SessionPolicy.Default, Now);
    }
}
