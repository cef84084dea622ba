using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Persistence.Cleanup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>
/// The contract of the EF engines (SQLite, PostgreSQL, MySQL/MariaDB) beyond the ports: the expired-data clean-up
/// (<see cref="ExpiredDataCleaner"/>; MongoDB expires documents with TTL indexes instead) and what the tables hold.
/// Every relational engine's suite derives from this one, so all of <see cref="RepositoryContractTests"/> runs too.
/// </summary>
public abstract class RelationalRepositoryContractTests : RepositoryContractTests
{
    /// <summary>Codes that live a month, so that "used" and "superseded" are tested apart from "expired".</summary>
    private static readonly OtpPolicy LongLivedCodes = OtpPolicy.Default with { Lifetime = TimeSpan.FromDays(30) };

    [SkippableFact]
    public async Task Cleanup_DeletesCodesExpiredUsedOrSupersededMoreThanADayAgo_AndKeepsTheOthers()
    {
        var expiredLongAgo = await IssuedOtpAsync("a@example.com", OtpPolicy.Default);
        var usedLongAgo = await IssuedOtpAsync("b@example.com", LongLivedCodes, use: true);
        var supersededLongAgo = await IssuedOtpAsync("c@example.com", LongLivedCodes);
        Clock.Advance(TimeSpan.FromHours(1));
        var successor = await IssuedOtpAsync("c@example.com", LongLivedCodes);
        Clock.Advance(TimeSpan.FromDays(1));
        var expiredRecently = await IssuedOtpAsync("d@example.com", OtpPolicy.Default);
        var usedRecently = await IssuedOtpAsync("e@example.com", LongLivedCodes, use: true);
        Clock.Advance(TimeSpan.FromMinutes(10));

        // Now = start + 1 day 1 hour 10 minutes; cutoff = start + 1 hour 10 minutes.
        var result = await CleanupAsync();

        Assert.Equal(new CleanupResult(Otps: 3, Sessions: 0, RefreshTokens: 0), result);
        await using var read = NewScope();
        Assert.Null(await Database.FindOtpAsync(read, expiredLongAgo.Id));
        Assert.Null(await Database.FindOtpAsync(read, usedLongAgo.Id));
        Assert.Null(await Database.FindOtpAsync(read, supersededLongAgo.Id));
        Assert.NotNull(await Database.FindOtpAsync(read, successor.Id));
        Assert.NotNull(await Database.FindOtpAsync(read, expiredRecently.Id));
        Assert.NotNull(await Database.FindOtpAsync(read, usedRecently.Id));
    }

    [SkippableFact]
    public async Task Cleanup_DeletesSessionsExpiredOrRevokedMoreThanADayAgoWithTheirTokens_AndExpiredTokensOfLiveSessions()
    {
        var user = await SavedUserAsync();
        var (expired, expiredToken) = await SavedSessionAsync(user.Id, "s-expired", "r-expired");
        var (longLived, oldTokenOfLiveSession) = await SavedSessionAsync(user.Id, "s-live-old-token", "r-live-old-token");
        Clock.Advance(TimeSpan.FromDays(6));
        var (revokedLongAgo, tokenOfRevoked) = await SavedSessionAsync(user.Id, "s-revoked-old", "r-revoked-old");
        await RevokeAsync(revokedLongAgo.Id);
        var (live, liveToken) = await SavedSessionAsync(user.Id, "s-live", "r-live");
        Clock.Advance(TimeSpan.FromHours(23));
        RefreshToken newTokenOfLiveSession;
        await using (var touch = NewScope())
        {
            var session = (await SessionByRefreshTokenAsync(touch, oldTokenOfLiveSession.TokenHash))!;
            newTokenOfLiveSession = session.Refresh(
                oldTokenOfLiveSession.TokenHash, "r-live-new-token", RefreshTokenPolicy.Default, SessionPolicy.Default, Now).Value;
            await touch.SaveAsync();
        }

        Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(13));
        var (revokedRecently, tokenOfRecentlyRevoked) = await SavedSessionAsync(user.Id, "s-revoked-new", "r-revoked-new");
        await RevokeAsync(revokedRecently.Id);
        Clock.Advance(TimeSpan.FromHours(2));

        // Now = start + 8 days 14 hours; cutoff = start + 7 days 14 hours. The first session and the first tokens
        // expired at start + 7 days; the token of the session revoked long ago is still valid but goes with its
        // session (the foreign key cascades), so it is not counted.
        var result = await CleanupAsync();

        Assert.Equal(new CleanupResult(Otps: 0, Sessions: 2, RefreshTokens: 2), result);
        await using var read = NewScope();
        Assert.Null(await read.Sessions.FindByIdAsync(expired.Id, CancellationToken.None));
        Assert.Null(await read.Sessions.FindByIdAsync(revokedLongAgo.Id, CancellationToken.None));
        Assert.NotNull(await read.Sessions.FindByIdAsync(longLived.Id, CancellationToken.None));
        Assert.NotNull(await read.Sessions.FindByIdAsync(live.Id, CancellationToken.None));
        Assert.NotNull(await read.Sessions.FindByIdAsync(revokedRecently.Id, CancellationToken.None));
        Assert.Null(await SessionByRefreshTokenAsync(read, expiredToken.TokenHash));
        Assert.Null(await SessionByRefreshTokenAsync(read, oldTokenOfLiveSession.TokenHash));
        Assert.Null(await SessionByRefreshTokenAsync(read, tokenOfRevoked.TokenHash));
        Assert.NotNull(await SessionByRefreshTokenAsync(read, newTokenOfLiveSession.TokenHash));
        Assert.NotNull(await SessionByRefreshTokenAsync(read, liveToken.TokenHash));
        Assert.NotNull(await SessionByRefreshTokenAsync(read, tokenOfRecentlyRevoked.TokenHash));
        Assert.NotNull(await read.Users.FindByIdAsync(user.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Cleanup_WithABacklogLargerThanABatch_DeletesAllOfItAndASecondPassFindsNothing()
    {
        for (var i = 0; i < 7; i++) await IssuedOtpAsync($"user{i}@example.com", OtpPolicy.Default);
        var live = await IssuedOtpAsync("live@example.com", LongLivedCodes);
        Clock.Advance(TimeSpan.FromDays(2));

        var first = await CleanupAsync(batchSize: 3);
        var second = await CleanupAsync(batchSize: 3);

        Assert.Equal(7, first.Otps);
        Assert.Equal(0, second.Total);
        await using var read = NewScope();
        Assert.NotNull(await Database.FindOtpAsync(read, live.Id));
    }

    [SkippableFact]
    public async Task Cleanup_DeletesRateLimitCountersLastHitMoreThanADayAgo()
    {
        var window = TimeSpan.FromMinutes(1);
        for (var i = 0; i < 3; i++)
        {
            await using var scope = NewScope();
            await scope.RateLimits.HitAsync($"sign-in:ip:203.0.113.{i}", window, Now, CancellationToken.None);
        }

        Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await using (var recent = NewScope())
        {
            await recent.RateLimits.HitAsync("sign-in:ip:203.0.113.0", window, Now, CancellationToken.None);
        }

        var result = await CleanupAsync();

        Assert.Equal(2, result.RateLimits);
        Assert.Equal(1L, Convert.ToInt64(await Database.ScalarAsync("SELECT COUNT(*) FROM rate_limits"), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Issues a sign-in code as the application does: the latest earlier code, if any, is superseded.</summary>
    private async Task<Otp> IssuedOtpAsync(string email, OtpPolicy policy, bool use = false)
    {
        await using var scope = NewScope();
        var previous = await scope.Otps.FindLatestAsync(Email(email), OtpType.SignIn, CancellationToken.None);
        var otp = Otp.Issue(Email(email), OtpType.SignIn, "code-hash", previous, policy, Now).Value;
        if (use) Assert.True(otp.Verify("code-hash", Now).IsSuccess);
        scope.Otps.Add(otp);
        await scope.SaveAsync();
        return otp;
    }

    private async Task RevokeAsync(SessionId id)
    {
        await using var scope = NewScope();
        (await scope.Sessions.FindByIdAsync(id, CancellationToken.None))!.Revoke(SessionRevocationReason.SignedOut, Now);
        await scope.SaveAsync();
    }

    /// <summary>One pass with the default retention (a day) and small batches, so that several batches run.</summary>
    private async Task<CleanupResult> CleanupAsync(int batchSize = 2)
    {
        await using var scope = NewScope();
        var options = Options.Create(new DatabaseOptions { Cleanup = { BatchSize = batchSize } });
        var cleaner = new ExpiredDataCleaner(scope.Services.GetRequiredService<AuthDbContext>(), Clock, options);
        return await cleaner.RunAsync(CancellationToken.None);
    }

    [SkippableFact]
    public async Task User_EmailIsStoredLowerCased_SoAPlainUniqueIndexRefusesTheSameAddressInAnotherCase()
    {
        await SavedUserAsync("  Ada@Example.COM ");

        Assert.Equal("ada@example.com", await Database.ScalarAsync("SELECT email FROM users"));
    }
}
