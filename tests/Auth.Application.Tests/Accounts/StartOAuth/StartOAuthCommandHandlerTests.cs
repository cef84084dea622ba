using Auth.Application.Accounts;
using Auth.Application.Accounts.StartOAuth;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;

namespace Auth.Application.Tests.Accounts.StartOAuth;

public sealed class StartOAuthCommandHandlerTests
{
    private readonly OAuthFixture _oauth = new();

    [Fact]
    public async Task Start_StoresTheFlowUnderTheStatesHash_AndSendsTheS256ChallengeOfTheStoredVerifier()
    {
        var result = await Start("google");

        var authorization = result.ShouldSucceed();
        var request = _oauth.Google.LastAuthorization!;
        var entry = Assert.Single(_oauth.Verifications.All);
        var flow = OAuthFlowState.Deserialize(entry.Payload)!;
        Assert.Equal("oauth-state:google", entry.Identifier);
        Assert.Equal(_oauth.Fx.OpaqueTokens.Hash(request.State), entry.ValueHash);
        Assert.Equal(_oauth.Fx.Now.AddMinutes(10), entry.ExpiresAt);
        Assert.Equal(Pkce.Challenge(flow.CodeVerifier), request.CodeChallenge);
        Assert.Equal(flow.Nonce, request.Nonce);
        Assert.Equal(OAuthFixture.CallbackUri, request.CallbackUri);
        Assert.Equal(OAuthFixture.AppRedirectUri, flow.RedirectUri);
        Assert.Equal("app-state", flow.AppState);
        Assert.Equal(_oauth.Fx.OpaqueTokens.Hash(authorization.BrowserBinding), flow.BrowserBindingHash);
        Assert.DoesNotContain(request.State, entry.Payload, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(10), authorization.Lifetime);
    }

    [Fact]
    public async Task Start_InABrowserThatAlreadyHasABindingCookie_KeepsIt()
    {
        var result = await Start("google", binding: "existing-binding");

        Assert.Equal("existing-binding", result.ShouldSucceed().BrowserBinding);
    }

    [Fact]
    public async Task Start_WithAMalformedBindingCookie_IssuesANewOne()
    {
        var result = await Start("google", binding: "not a binding; path=/");

        Assert.NotEqual("not a binding; path=/", result.ShouldSucceed().BrowserBinding);
    }

    [Fact]
    public async Task Start_ForAnUnknownOrDisabledProvider_IsNotFound_AndStoresNothing()
    {
        var oauth = new OAuthFixture();
        var handler = new StartOAuthCommandHandler(new StubOAuthProviderCatalog(oauth.GitHub), oauth.Flows, oauth.Settings, oauth.Fx.Clock);

        var result = await handler.Handle(new StartOAuthCommand("google", OAuthFixture.AppRedirectUri, null, OAuthFixture.CallbackUri, null), HandlerFixture.Ct);

        result.ShouldFailWith(ErrorCodes.NotFound);
        Assert.Empty(oauth.Verifications.All);
    }

    [Fact]
    public async Task Start_WithARedirectUriThatIsNotAllowed_IsRefused_AndStoresNothing()
    {
        var result = await _oauth.StartHandler.Handle(
            new StartOAuthCommand("google", "https://evil.example.com/cb", null, OAuthFixture.CallbackUri, null), HandlerFixture.Ct);

        result.ShouldFailWith("redirect_uri_not_allowed");
        Assert.Empty(_oauth.Verifications.All);
        Assert.Null(_oauth.Google.LastAuthorization);
    }

    [Fact]
    public async Task Start_SweepsExpiredEntries()
    {
        await Start("google");
        _oauth.Fx.Clock.Advance(TimeSpan.FromMinutes(11));

        await Start("github");

        Assert.Equal("oauth-state:github", Assert.Single(_oauth.Verifications.All).Identifier);
    }

    private Task<Result<OAuthAuthorization>> Start(string provider, string? binding = null) =>
        _oauth.StartHandler.Handle(
            new StartOAuthCommand(provider, OAuthFixture.AppRedirectUri, "app-state", OAuthFixture.CallbackUri, binding), HandlerFixture.Ct).AsTask();
}
