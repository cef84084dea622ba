using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

/// <summary>
/// Session, lockout and code rules that need more than one request to show: a refresh racing a revoke, the reuse
/// grace window, lock expiry that failures cannot push back, a success resetting the count, a new code superseding
/// the old one. On SQLite; <see cref="PostgresSessionRuleTests"/> and <see cref="MariaDbSessionRuleTests"/> run the
/// same tests on the servers. The reuse grace is set to 10 s for the whole class (it only changes what a rotated
/// token presented again within 10 s answers).
/// </summary>
public class SessionRuleTests : ApiTestBase
{
    private const string Email = "rules@example.com";
    private const int Rounds = 10;

    public SessionRuleTests()
        : this(null)
    {
    }

    private protected SessionRuleTests(ServerDatabase? database)
        : base(database, new Dictionary<string, string?> { ["Auth:RefreshToken:ReuseGraceSeconds"] = "10" })
    {
    }

    [SkippableFact]
    public async Task ARefreshRacingSignOut_NeverMintsATokenThatSurvivesTheSignOut()
    {
        await Flows.SignUpVerifiedAsync(Email);
        for (var round = 0; round < Rounds; round++)
        {
            var signIn = await Flows.SignInAsync(Email);
            var refreshing = Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = signIn.Get("refreshToken") });
            var signingOut = Api.PostAsync("/api/v1/auth/sign-out", bearer: signIn.Get("accessToken"));
            var (refresh, signOut) = (await refreshing, await signingOut);

            Assert.Equal(HttpStatusCode.NoContent, signOut.Status);
            await AssertEveryTokenIsRefusedAsync(signIn, refresh);
        }
    }

    [SkippableFact]
    public async Task ARefreshRacingAnAdminRevoke_NeverMintsATokenThatSurvivesTheRevoke()
    {
        var admin = (await Flows.SignedInAsync(AuthApiFactory.AdminEmail)).Get("accessToken");
        await Flows.SignUpVerifiedAsync(Email);
        for (var round = 0; round < Rounds; round++)
        {
            var signIn = await Flows.SignInAsync(Email);
            var refreshing = Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = signIn.Get("refreshToken") });
            var revoking = Api.PostAsync($"/api/v1/admin/users/{signIn.Get("user.id")}/sessions/revoke", bearer: admin);
            var (refresh, revoke) = (await refreshing, await revoking);

            Assert.Equal(HttpStatusCode.NoContent, revoke.Status);
            await AssertEveryTokenIsRefusedAsync(signIn, refresh);
        }
    }

    [SkippableFact]
    public async Task AReuseInsideTheGraceWindow_IsRefused_WithoutRevokingTheFamily_OutsideItRevokes()
    {
        var signIn = await Flows.SignedInAsync(Email);
        var first = signIn.Get("refreshToken");
        var second = (await Refresh(first)).Get("refreshToken");

        Factory.Clock.Advance(TimeSpan.FromSeconds(9));
        var reuseInside = await Refresh(first);
        var newest = await Refresh(second);
        var third = newest.Get("refreshToken");

        Factory.Clock.Advance(TimeSpan.FromSeconds(10));
        var reuseOutside = await Refresh(second);
        var afterRevoke = await Refresh(third);

        Assert.Equal(HttpStatusCode.Unauthorized, reuseInside.Status);
        Assert.Equal("refresh_token_invalid", reuseInside.Code);
        Assert.Equal(HttpStatusCode.OK, newest.Status);
        Assert.Equal("refresh_token_reused", reuseOutside.Code);
        Assert.Equal("refresh_token_invalid", afterRevoke.Code);
    }

    [SkippableFact]
    public async Task FailuresDuringALock_DoNotExtendIt()
    {
        await Flows.SignUpVerifiedAsync(Email);
        for (var i = 0; i < 5; i++) await Flows.SignInAsync(Email, "wrong password " + i);
        var lockedUntil = (await Flows.SignInAsync(Email)).Get("lockedUntil");

        Factory.Clock.Advance(TimeSpan.FromHours(23));
        var duringLock = new List<ApiResponse>();
        for (var i = 0; i < 5; i++) duringLock.Add(await Flows.SignInAsync(Email, "still wrong " + i));
        var rightDuringLock = await Flows.SignInAsync(Email);
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var afterLock = await Flows.SignInAsync(Email);

        Assert.All(duringLock, a => Assert.Equal("account_locked", a.Code));
        Assert.All(duringLock, a => Assert.Equal(lockedUntil, a.Get("lockedUntil")));
        Assert.Equal(lockedUntil, rightDuringLock.Get("lockedUntil"));
        Assert.Equal(HttpStatusCode.OK, afterLock.Status);
    }

    [SkippableFact]
    public async Task ASuccessfulSignIn_ResetsTheFailureCount()
    {
        await Flows.SignUpVerifiedAsync(Email);
        for (var i = 0; i < 4; i++) await Flows.SignInAsync(Email, "wrong password " + i);
        var success = await Flows.SignInAsync(Email);

        var again = new List<ApiResponse>();
        for (var i = 0; i < 5; i++) again.Add(await Flows.SignInAsync(Email, "wrong again " + i));

        Assert.Equal(HttpStatusCode.OK, success.Status);
        Assert.All(again.Take(4), a => Assert.Equal("invalid_credentials", a.Code));
        Assert.Equal("account_locked", again[4].Code);
    }

    [SkippableFact]
    public async Task ANewSignInCode_InvalidatesTheOldOne()
    {
        await Flows.SignUpVerifiedAsync(Email);
        await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var oldCode = Mailbox.LatestCode(Email, "Your sign-in code");
        Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var resent = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var newCode = Mailbox.LatestCode(Email, "Your sign-in code");
        Skip.If(oldCode == newCode, "the two random codes happen to be equal (one in a million)");

        var withOld = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code = oldCode });
        var withNew = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code = newCode });

        Assert.Equal(HttpStatusCode.Accepted, resent.Status);
        Assert.Equal("otp_invalid", withOld.Code);
        Assert.Equal(HttpStatusCode.OK, withNew.Status);
    }

    private Task<ApiResponse> Refresh(string token) => Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = token });

    /// <summary>The signed-in token and, when the racing refresh won, the one it minted: both refused for good.</summary>
    private async Task AssertEveryTokenIsRefusedAsync(ApiResponse signIn, ApiResponse refresh)
    {
        Assert.Contains(refresh.Status, new[] { HttpStatusCode.OK, HttpStatusCode.Unauthorized });
        var tokens = new List<string> { signIn.Get("refreshToken") };
        if (refresh.Status == HttpStatusCode.OK) tokens.Add(refresh.Get("refreshToken"));
        foreach (var token in tokens)
        {
            var answer = await Refresh(token);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
            Assert.Contains(answer.Code, new[] { "refresh_token_invalid", "refresh_token_reused" });
        }
    }
}
