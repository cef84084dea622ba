using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Sessions;

/// <summary>On SQLite; <see cref="PostgresRefreshFlowTests"/> and <see cref="MariaDbRefreshFlowTests"/> run the same tests on the servers.</summary>
public class RefreshFlowTests : ApiTestBase
{
    private const string Email = "refresh@example.com";

    public RefreshFlowTests()
        : this(null)
    {
    }

    private protected RefreshFlowTests(ServerDatabase? database)
        : base(database)
    {
    }

    [SkippableFact]
    public async Task Refresh_RotatesTheRefreshToken_AndTheNewPairWorks()
    {
        var signIn = await Flows.SignedInAsync(Email);

        var refreshed = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = signIn.Get("refreshToken") });
        var me = await Api.GetAsync("/api/v1/users/me", refreshed.Get("accessToken"));

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.NotEqual(signIn.Get("refreshToken"), refreshed.Get("refreshToken"));
        Assert.Equal(signIn.Get("sessionId"), refreshed.Get("sessionId"));
        Assert.Equal(HttpStatusCode.OK, me.Status);
    }

    [SkippableFact]
    public async Task Refresh_WithARotatedToken_IsReuse_AndRevokesTheWholeSession()
    {
        var signIn = await Flows.SignedInAsync(Email);
        var first = signIn.Get("refreshToken");
        var second = (await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = first })).Get("refreshToken");

        var reuse = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = first });
        var afterReuse = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = second });

        Assert.Equal(HttpStatusCode.Unauthorized, reuse.Status);
        Assert.Equal("refresh_token_reused", reuse.Code);
        Assert.Equal("refresh_token_invalid", afterReuse.Code);
    }

    [SkippableFact]
    public async Task Refresh_WithAnUnknownOrExpiredToken_Returns401RefreshTokenInvalid()
    {
        var signIn = await Flows.SignedInAsync(Email);

        var unknown = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = "bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtYnV0LWxvbmctZW5vdWdo" });
        Factory.Clock.Advance(TimeSpan.FromDays(7));
        var expired = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = signIn.Get("refreshToken") });

        Assert.Equal("refresh_token_invalid", unknown.Code);
        Assert.Equal("refresh_token_invalid", expired.Code);
    }

    [SkippableFact]
    public async Task SignOut_EndsTheSession_SoItsRefreshTokenNoLongerWorks()
    {
        var signIn = await Flows.SignedInAsync(Email);

        var signOut = await Api.PostAsync("/api/v1/auth/sign-out", bearer: signIn.Get("accessToken"));
        var refresh = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = signIn.Get("refreshToken") });

        Assert.Equal(HttpStatusCode.NoContent, signOut.Status);
        Assert.Equal("refresh_token_invalid", refresh.Code);
    }

    [SkippableFact]
    public async Task SignOutAll_EndsEverySessionOfTheUser()
    {
        var first = await Flows.SignedInAsync(Email);
        var second = await Flows.SignInAsync(Email);

        await Api.PostAsync("/api/v1/auth/sign-out/all", bearer: first.Get("accessToken"));
        var refreshFirst = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = first.Get("refreshToken") });
        var refreshSecond = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = second.Get("refreshToken") });

        Assert.Equal("refresh_token_invalid", refreshFirst.Code);
        Assert.Equal("refresh_token_invalid", refreshSecond.Code);
    }
}
