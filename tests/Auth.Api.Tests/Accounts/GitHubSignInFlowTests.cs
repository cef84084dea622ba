using System.Net;
using Auth.Api.Tests.TestSupport.OAuth;
using Microsoft.AspNetCore.WebUtilities;

namespace Auth.Api.Tests.Accounts;

/// <summary>Sign-in with GitHub (OAuth 2, user and emails API) end to end, through the fake provider.</summary>
public sealed class GitHubSignInFlowTests : OAuthApiTestBase
{
    [Fact]
    public async Task Start_RedirectsToTheAuthorizeEndpoint_WithStateAndPkce_ButNoNonce()
    {
        var authorize = await Social.StartedAsync("github");

        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(Provider.Url("github/authorize"), authorize.GetLeftPart(UriPartial.Path));
        Assert.Equal("http://localhost/api/v1/auth/oauth/github/callback", query["redirect_uri"]);
        Assert.Equal("read:user user:email", query["scope"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(query.ContainsKey("nonce"));
    }

    [Fact]
    public async Task NewUser_SignsIn_WithTheVerifiedPrimaryEmail()
    {
        Provider.User = new FakeUser("583231", "octo@example.com", Name: "Mona Lisa", Login: "octocat");

        var tokens = await Social.SignInAsync("github");

        Assert.Equal("octo@example.com", tokens.Get("user.email"));
        Assert.Equal("github", tokens.Get("user.provider"));
        Assert.Equal("Mona Lisa", tokens.Get("user.name"));
        Assert.Equal("true", tokens.Get("user.isEmailVerified"));
        Assert.Equal("https://avatars.example.com/u/583231", tokens.Get("user.avatar.url"));
        var accounts = await Api.GetAsync("/api/v1/users/me/accounts", tokens.Get("accessToken"));
        Assert.Equal("583231", accounts.Json![0]!["accountId"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReturningUser_IsFoundByTheNumericId_EvenAfterChangingEmailAtGitHub()
    {
        var first = await Social.SignInAsync("github");
        Provider.User = Provider.User with { Email = "renamed@example.com", Login = "renamed" };

        var second = await Social.SignInAsync("github");

        Assert.Equal(first.Get("user.id"), second.Get("user.id"));
        Assert.Equal(1, Count("users"));
    }

    [Fact]
    public async Task UnverifiedPrimaryEmail_GoesBackAsAnError_AndCreatesNoUser()
    {
        Provider.User = new FakeUser("77", "unverified@example.com", EmailVerified: false);

        var landed = await Social.RunAsync("github");

        Assert.Equal("provider_email_not_verified", landed.Error);
        Assert.Null(landed.Code);
        Assert.Equal(0, Count("users"));
        Assert.Equal(0, Count("accounts"));
    }

    [Fact]
    public async Task TokenErrorInA200Body_AsGitHubSendsIt_GoesBackAsProviderError()
    {
        Provider.Behaviour.TokenErrorInBody = true;

        var landed = await Social.RunAsync("github");

        Assert.Equal("provider_error", landed.Error);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task EmailsEndpointRefusing_GoesBackAsProviderError()
    {
        Provider.Behaviour.EmailsStatus = HttpStatusCode.Forbidden;

        var landed = await Social.RunAsync("github");

        Assert.Equal("provider_error", landed.Error);
        Assert.Equal(0, Count("users"));
    }
}
