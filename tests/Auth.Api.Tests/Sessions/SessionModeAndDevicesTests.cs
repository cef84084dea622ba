using System.Net;
using System.Net.Http.Headers;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Sessions;

/// <summary>On SQLite; <see cref="PostgresSessionModeAndDevicesTests"/> and <see cref="MariaDbSessionModeAndDevicesTests"/> run the same tests on the servers.</summary>
public class SessionModeAndDevicesTests : ApiTestBase
{
    public SessionModeAndDevicesTests()
        : this(null)
    {
    }

    private protected SessionModeAndDevicesTests(ServerDatabase? database)
        : base(database)
    {
    }

    private const string Email = "devices@example.com";

    [SkippableFact]
    public async Task SignIn_InSessionMode_ReturnsASessionToken_ThatAuthenticates_UntilItIsRevoked()
    {
        await Flows.SignUpVerifiedAsync(Email);

        var signIn = await Flows.SignInAsync(Email, mode: "session");
        var token = signIn.Get("sessionToken");
        var me = await Api.GetAsync("/api/v1/users/me", token);
        await Api.PostAsync("/api/v1/auth/sign-out", bearer: token);
        var afterSignOut = await Api.GetAsync("/api/v1/users/me", token);

        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        Assert.Null(signIn.Select("refreshToken"));
        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, afterSignOut.Status);
    }

    [SkippableFact]
    public async Task SignIn_WithAnUnknownMode_Returns400ValidationFailed()
    {
        await Flows.SignUpVerifiedAsync(Email);

        var response = await Flows.SignInAsync(Email, mode: "cookie");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("validation_failed", response.Code);
        Assert.NotNull(response.Select("errors.mode"));
    }

    [SkippableFact]
    public async Task ListSessions_ShowsEachDeviceWithItsUserAgent_AndMarksTheCurrentOne()
    {
        await Flows.SignUpVerifiedAsync(Email);
        Api.Http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Laptop", "1.0"));
        var laptop = await Flows.SignInAsync(Email);
        Api.Http.DefaultRequestHeaders.UserAgent.Clear();
        Api.Http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Phone", "2.0"));
        await Flows.SignInAsync(Email);

        var sessions = await Api.GetAsync("/api/v1/users/me/sessions", laptop.Get("accessToken"));

        var items = sessions.Json!.AsArray();
        Assert.Equal(2, items.Count);
        var current = Assert.Single(items, s => s!["current"]!.GetValue<bool>());
        Assert.Equal("Laptop/1.0", current!["userAgent"]!.GetValue<string>());
        Assert.Equal(laptop.Get("sessionId"), current["id"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task RevokeSession_EndsThatDevice_AndSomeoneElsesSessionIsNotFound()
    {
        var mine = await Flows.SignedInAsync(Email);
        var other = await Flows.SignInAsync(Email);
        var stranger = await Flows.SignedInAsync("stranger@example.com");

        var revoked = await Api.SendAsync(HttpMethod.Delete, $"/api/v1/users/me/sessions/{other.Get("sessionId")}", bearer: mine.Get("accessToken"));
        var foreign = await Api.SendAsync(HttpMethod.Delete, $"/api/v1/users/me/sessions/{mine.Get("sessionId")}", bearer: stranger.Get("accessToken"));
        var refreshOther = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = other.Get("refreshToken") });

        Assert.Equal(HttpStatusCode.NoContent, revoked.Status);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal("not_found", foreign.Code);
        Assert.Equal("refresh_token_invalid", refreshOther.Code);
    }
}
