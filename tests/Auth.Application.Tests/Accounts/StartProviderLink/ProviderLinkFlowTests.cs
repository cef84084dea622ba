using Auth.Application.Accounts;
using Auth.Application.Accounts.CompleteOAuth;
using Auth.Application.Accounts.StartProviderLink;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Accounts.StartProviderLink;

/// <summary>Linking from the account page: the provider flow of a sign-in that ends back on that page, linked to the person who started it.</summary>
public sealed class ProviderLinkFlowTests
{
    private static readonly Uri AccountPage = new("https://auth.example.com/account");
    private readonly OAuthFixture _oauth = new();

    [Fact]
    public async Task TheCallback_LinksTheProviderAccountToWhoeverStartedIt_EvenWithAnotherEmail_AndReturnsToTheAccountPage()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified());
        var (state, binding) = await StartedAsync(user.Id);
        _oauth.Google.Answer = OAuthFixture.SignedInAs(email: "ada.elsewhere@example.org");

        var redirect = (await Complete(state, binding)).ShouldSucceed();

        Assert.Equal(new Uri(AccountPage, "?linked=google"), redirect.Location);
        var account = Assert.Single(_oauth.Accounts.All);
        Assert.Equal((user.Id, AuthProvider.Google), (account.UserId, account.Provider));
        Assert.Single(_oauth.Fx.Users.All);
        Assert.DoesNotContain(_oauth.Verifications.All, v => v.Identifier == OAuthFlows.ExchangeCodeIdentifier);
    }

    [Fact]
    public async Task TheCallback_ForAProviderAccountOfAnotherUser_ReturnsTheErrorToTheAccountPage_AndLinksNothing()
    {
        var other = _oauth.Fx.Given(UserBuilder.Verified().WithEmail("grace@example.com"));
        _oauth.Google.Answer = OAuthFixture.SignedInAs();
        var (otherState, otherBinding) = await _oauth.StartedAsync();
        (await Complete(otherState, otherBinding)).ShouldSucceed();
        var user = _oauth.Fx.Given(UserBuilder.Verified().WithEmail("ada@example.com"));
        var (state, binding) = await StartedAsync(user.Id);

        var redirect = (await Complete(state, binding)).ShouldSucceed();

        Assert.StartsWith(AccountPage + "?error=provider_account_in_use", redirect.Location.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(other.Id, Assert.Single(_oauth.Accounts.All).UserId);
    }

    [Fact]
    public async Task Start_WithAProviderThatIsNotConfigured_IsRefused()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified());

        var started = await _oauth.StartLinkHandler.Handle(
            new StartProviderLinkCommand(user.Id, "facebook", AccountPage, OAuthFixture.CallbackUri, null), HandlerFixture.Ct);

        started.ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<(string State, string Binding)> StartedAsync(UserId userId)
    {
        var started = await _oauth.StartLinkHandler.Handle(
            new StartProviderLinkCommand(userId, "google", AccountPage, OAuthFixture.CallbackUri, null), HandlerFixture.Ct);
        return (_oauth.Google.LastAuthorization!.State, started.ShouldSucceed().BrowserBinding);
    }

    private Task<Result<OAuthRedirect>> Complete(string state, string binding) =>
        _oauth.CompleteHandler.Handle(new CompleteOAuthCommand("google", "provider-code", state, null, binding), HandlerFixture.Ct).AsTask();
}
