using System.Net;
using Auth.Api.Tests.TestSupport;
using Auth.Api.Tests.TestSupport.OAuth;
using Microsoft.AspNetCore.WebUtilities;

namespace Auth.Api.Tests.Accounts;

/// <summary>Sign-in with Google (OpenID Connect) end to end, through the fake provider.</summary>
public sealed class GoogleSignInFlowTests : OAuthApiTestBase
{
    [Fact]
    public async Task Start_RedirectsToTheAuthorizeEndpoint_WithStatePkceS256AndNonce()
    {
        var authorize = await Social.StartedAsync("google");

        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(Provider.Url("google/authorize"), authorize.GetLeftPart(UriPartial.Path));
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(FakeOAuthProvider.ClientId, query["client_id"]);
        Assert.Equal("http://localhost/api/v1/auth/oauth/google/callback", query["redirect_uri"]);
        Assert.Equal("openid email profile", query["scope"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"].ToString().Length);
        Assert.True(query["state"].ToString().Length >= 43);
        Assert.True(query["nonce"].ToString().Length >= 43);
    }

    [Fact]
    public async Task NewUser_SignsIn_AndGetsTokensForAVerifiedProviderUserWithoutPassword()
    {
        var landed = await Social.RunAsync("google");

        Assert.Equal(SocialSignIn.AppRedirectUri, landed.WithoutQuery);
        Assert.Null(landed.Error);
        Assert.DoesNotContain("token", landed.Location.Query, StringComparison.OrdinalIgnoreCase);
        var tokens = await Social.ExchangeAsync(landed.Code);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal("Bearer", tokens.Get("tokenType"));
        Assert.Equal("grace@example.com", tokens.Get("user.email"));
        Assert.Equal("google", tokens.Get("user.provider"));
        Assert.Equal("Grace Hopper", tokens.Get("user.name"));
        Assert.Equal("true", tokens.Get("user.isEmailVerified"));

        var me = await Api.GetAsync("/api/v1/users/me", tokens.Get("accessToken"));
        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(1, Count("users"));
        Assert.Equal(0, Count("users WHERE password_hash IS NOT NULL"));
    }

    [Fact]
    public async Task ReturningUser_SignsInToTheSameUser_WithoutCreatingAnother()
    {
        var first = await Social.SignInAsync("google");
        Factory.Clock.Advance(TimeSpan.FromHours(1));

        var second = await Social.SignInAsync("google");

        Assert.Equal(first.Get("user.id"), second.Get("user.id"));
        Assert.NotEqual(first.Get("sessionId"), second.Get("sessionId"));
        Assert.Equal(1, Count("users"));
        Assert.Equal(1, Count("accounts"));
    }

    [Fact]
    public async Task ProviderTokens_AreStoredEncrypted_NeverInClear()
    {
        await Social.SignInAsync("google");

        var stored = Column("SELECT access_token FROM accounts UNION ALL SELECT refresh_token FROM accounts");
        Assert.All(stored, value => Assert.StartsWith("v1.", value));
        var snapshot = DatabaseSnapshot.Take(Factory.DatabasePath);
        Assert.All(Provider.IssuedAccessTokens, token => Assert.DoesNotContain(token, snapshot, StringComparison.Ordinal));
        Assert.DoesNotContain("fake-google-refresh-", snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppState_ComesBackUnchanged_WithTheCode()
    {
        var landed = await Social.RunAsync("google", appState: "app-xsrf 42/&?");

        Assert.NotNull(landed.Code);
        Assert.Equal("app-xsrf 42/&?", landed.State);
    }

    [Fact]
    public async Task CustomSchemeRedirectUri_ThatIsAllowed_GetsTheCode()
    {
        var landed = await Social.RunAsync("google", CustomSchemeRedirectUri);

        Assert.StartsWith(CustomSchemeRedirectUri + "?", landed.Location.OriginalString, StringComparison.Ordinal);
        Assert.NotNull(landed.Code);
    }

    [Fact]
    public async Task SessionMode_IsAvailableAtTheExchange_AsAtPasswordSignIn()
    {
        var landed = await Social.RunAsync("google");

        var session = await Social.ExchangeAsync(landed.Code, mode: "session");

        Assert.Equal(HttpStatusCode.OK, session.Status);
        var me = await Api.GetAsync("/api/v1/users/me", session.Get("sessionToken"));
        Assert.Equal(HttpStatusCode.OK, me.Status);
    }

    [Fact]
    public async Task IdTokenWithoutEmail_IsCompletedFromTheUserInfoEndpoint()
    {
        Provider.Behaviour.IdTokenWithoutEmail = true;

        var tokens = await Social.SignInAsync("google");

        Assert.Equal("grace@example.com", tokens.Get("user.email"));
    }

    [Fact]
    public async Task SigningKeys_AreFetchedOnce_AndCachedForLaterSignIns()
    {
        await Social.SignInAsync("google");
        Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        Provider.User = Provider.User with { Id = "1002", Email = "second@example.com" };

        await Social.SignInAsync("google");

        Assert.Equal(1, Provider.JwksRequests);
    }

    [Fact]
    public async Task SigningKeys_AreFetchedAgain_OnceTheCacheExpired()
    {
        await Social.SignInAsync("google");
        Factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        await Social.SignInAsync("google");

        Assert.Equal(2, Provider.JwksRequests);
    }
}
