using Auth.Application.Accounts;
using Auth.Application.Accounts.CompleteOAuth;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Accounts.CompleteOAuth;

public sealed class CompleteOAuthCommandHandlerTests
{
    private readonly OAuthFixture _oauth = new();

    [Fact]
    public async Task Callback_ForANewUser_RegistersAndLinks_ThenRedirectsToTheAppWithAOneTimeCode()
    {
        var (state, binding) = await _oauth.StartedAsync(appState: "xyz");
        _oauth.Google.Answer = OAuthFixture.SignedInAs();

        var redirect = (await Complete(state, binding)).ShouldSucceed();

        var query = QueryString.Parse(redirect.Location);
        Assert.StartsWith(OAuthFixture.AppRedirectUri + "?", redirect.Location.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("xyz", query["state"]);
        var user = Assert.Single(_oauth.Fx.Users.All);
        var account = Assert.Single(_oauth.Accounts.All);
        Assert.Equal(AuthProvider.Google, user.Provider);
        Assert.Equal(user.Id, account.UserId);
        Assert.Equal("enc[google:1001](provider-access)", account.AccessToken);
        Assert.Equal("enc[google:1001](provider-refresh)", account.RefreshToken);
        var code = Assert.Single(_oauth.Verifications.All);
        Assert.Equal(OAuthFlows.ExchangeCodeIdentifier, code.Identifier);
        Assert.Equal(_oauth.Fx.OpaqueTokens.Hash(query["code"]), code.ValueHash);
        Assert.Equal(_oauth.Fx.Now.AddSeconds(60), code.ExpiresAt);
    }

    [Fact]
    public async Task Callback_RedeemsTheCode_WithTheVerifierNonceAndCallbackOfTheFlow()
    {
        var (state, binding) = await _oauth.StartedAsync();
        var flow = OAuthFlowState.Deserialize(Assert.Single(_oauth.Verifications.All).Payload)!;
        _oauth.Google.Answer = OAuthFixture.SignedInAs();

        await Complete(state, binding, code: "provider-code");

        var redemption = Assert.Single(_oauth.Google.Redemptions);
        Assert.Equal("provider-code", redemption.Code);
        Assert.Equal(flow.CodeVerifier, redemption.CodeVerifier);
        Assert.Equal(flow.Nonce, redemption.Nonce);
        Assert.Equal(OAuthFixture.CallbackUri, redemption.CallbackUri);
    }

    [Fact]
    public async Task Callback_ForALinkedAccount_SignsItsOwnerIn_WithoutRegisteringAnyone()
    {
        var owner = _oauth.Fx.Given(UserBuilder.Verified().WithEmail("someone-else@example.com"));
        var identity = OAuthFixture.SignedInAs().Identity;
        _oauth.Accounts.Add(Account.Link(owner.Id, identity, ProtectedProviderTokens.None, _oauth.Fx.Now));
        var (state, binding) = await _oauth.StartedAsync();
        _oauth.Google.Answer = OAuthFixture.SignedInAs();

        var redirect = (await Complete(state, binding)).ShouldSucceed();

        Assert.True(QueryString.Parse(redirect.Location).ContainsKey("code"));
        Assert.Same(owner, Assert.Single(_oauth.Fx.Users.All));
        Assert.Equal(_oauth.Fx.Now, Assert.Single(_oauth.Accounts.All).LastSignInAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tok-999")]
    public async Task Callback_WithAnUnknownState_FailsWithoutARedirect_AndNeverCallsTheProvider(string? state)
    {
        var (_, binding) = await _oauth.StartedAsync();

        (await Complete(state, binding)).ShouldFailWith("oauth_state_invalid");

        Assert.Empty(_oauth.Google.Redemptions);
    }

    [Fact]
    public async Task Callback_FromAnotherBrowser_Fails_AndTheStateIsSpent()
    {
        var (state, binding) = await _oauth.StartedAsync();
        _oauth.Google.Answer = OAuthFixture.SignedInAs();

        (await Complete(state, "tok-other-browser")).ShouldFailWith("oauth_state_invalid");
        (await Complete(state, binding)).ShouldFailWith("oauth_state_invalid");

        Assert.Empty(_oauth.Fx.Users.All);
    }

    [Fact]
    public async Task Callback_OnAnotherProvidersRoute_Fails()
    {
        var (state, binding) = await _oauth.StartedAsync("google");

        (await _oauth.CompleteHandler.Handle(new CompleteOAuthCommand("github", "c", state, null, binding), HandlerFixture.Ct))
            .ShouldFailWith("oauth_state_invalid");
    }

    [Fact]
    public async Task Callback_AfterTheStateExpired_Fails()
    {
        var (state, binding) = await _oauth.StartedAsync();
        _oauth.Fx.Clock.Advance(TimeSpan.FromMinutes(10));

        (await Complete(state, binding)).ShouldFailWith("oauth_state_invalid");
    }

    [Theory]
    [InlineData("access_denied", "access_denied")]
    [InlineData("temporarily_unavailable", "provider_error")]
    public async Task Callback_WithAnErrorFromTheProvider_RedirectsTheErrorToTheApp(string providerError, string expected)
    {
        var (state, binding) = await _oauth.StartedAsync(appState: "xyz");

        var redirect = (await _oauth.CompleteHandler.Handle(new CompleteOAuthCommand("google", null, state, providerError, binding), HandlerFixture.Ct))
            .ShouldSucceed();

        var query = QueryString.Parse(redirect.Location);
        Assert.Equal(expected, query["error"]);
        Assert.Equal("xyz", query["state"]);
        Assert.False(query.ContainsKey("code"));
        Assert.Empty(_oauth.Google.Redemptions);
    }

    [Theory]
    [InlineData("provider_unavailable")]
    [InlineData("invalid_id_token")]
    public async Task Callback_WhenTheProviderFails_RedirectsTheError_AndCreatesNothing(string code)
    {
        var (state, binding) = await _oauth.StartedAsync();
        _oauth.Google.Answer = new Error(code, "failed", ErrorKind.Unauthorized);

        var redirect = (await Complete(state, binding)).ShouldSucceed();

        Assert.Equal(code, QueryString.Parse(redirect.Location)["error"]);
        Assert.Empty(_oauth.Fx.Users.All);
        Assert.Empty(_oauth.Accounts.All);
        Assert.Empty(_oauth.Verifications.All);
    }

    [Fact]
    public async Task Callback_WithAnUnverifiedEmailMatchingAUser_RedirectsTheRefusal_AndLinksNothing()
    {
        _oauth.Fx.Given(UserBuilder.Verified().WithEmail("grace@example.com"));
        var (state, binding) = await _oauth.StartedAsync();
        _oauth.Google.Answer = OAuthFixture.SignedInAs(verified: false);

        var redirect = (await Complete(state, binding)).ShouldSucceed();

        Assert.Equal("provider_email_not_verified", QueryString.Parse(redirect.Location)["error"]);
        Assert.Empty(_oauth.Accounts.All);
        Assert.Single(_oauth.Fx.Users.All);
    }

    private Task<Result<OAuthRedirect>> Complete(string? state, string? binding, string code = "provider-code") =>
        _oauth.CompleteHandler.Handle(new CompleteOAuthCommand("google", code, state, null, binding), HandlerFixture.Ct).AsTask();
}
