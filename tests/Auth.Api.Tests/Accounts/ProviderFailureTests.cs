using System.Net;
using Auth.Api.Tests.TestSupport.OAuth;

namespace Auth.Api.Tests.Accounts;

/// <summary>A provider that refuses, fails or sends a bad ID token: the app gets a clean <c>?error=</c>, nobody is created.</summary>
public sealed class ProviderFailureTests : OAuthApiTestBase
{
    [Fact]
    public async Task UserDeniesConsent_GoesBackAsAccessDenied_WithTheAppState()
    {
        Provider.Behaviour.DenyConsent = true;

        var landed = await Social.RunAsync("google", appState: "s1");

        Assert.Equal(SocialSignIn.AppRedirectUri, landed.WithoutQuery);
        Assert.Equal("access_denied", landed.Error);
        Assert.Equal("s1", landed.State);
        Assert.Null(landed.Code);
        Assert.Equal(0, Provider.TokenRequests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "provider_error")]
    [InlineData(HttpStatusCode.Unauthorized, "provider_error")]
    [InlineData(HttpStatusCode.InternalServerError, "provider_unavailable")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "provider_unavailable")]
    public async Task TokenEndpointFailing_GoesBackAsAnError_AndCreatesNoUser(HttpStatusCode status, string error)
    {
        Provider.Behaviour.TokenStatus = status;

        var google = await Social.RunAsync("google");
        var github = await Social.RunAsync("github");

        Assert.Equal(error, google.Error);
        Assert.Equal(error, github.Error);
        Assert.Equal(0, Count("users"));
        Assert.Equal(0, Count("accounts"));
    }

    [Fact]
    public async Task IdToken_WithAnotherNonce_IsRefused()
    {
        Provider.Behaviour.IdTokenNonce = "bm9uY2UtZnJvbS1hbm90aGVyLXNpZ24taW4tYXR0ZW1wdC1lbnRpcmVseQ";

        Assert.Equal("invalid_id_token", (await Social.RunAsync("google")).Error);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task IdToken_ForAnotherAudience_IsRefused()
    {
        Provider.Behaviour.IdTokenAudience = "someone-elses-client-id";

        Assert.Equal("invalid_id_token", (await Social.RunAsync("google")).Error);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task IdToken_FromAnotherIssuer_IsRefused()
    {
        Provider.Behaviour.IdTokenIssuer = "https://accounts.evil.example";

        Assert.Equal("invalid_id_token", (await Social.RunAsync("google")).Error);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task IdToken_ThatExpired_ByTheServiceClock_IsRefused()
    {
        Provider.Behaviour.IdTokenExpiredAgo = TimeSpan.FromMinutes(5);

        Assert.Equal("invalid_id_token", (await Social.RunAsync("google")).Error);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task IdToken_SignedWithAKeyTheJwksDoesNotPublish_IsRefused()
    {
        Provider.Behaviour.SignWithUnpublishedKey = true;

        Assert.Equal("invalid_id_token", (await Social.RunAsync("google")).Error);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task JwksUnavailable_GoesBackAsProviderUnavailable()
    {
        Provider.Behaviour.JwksStatus = HttpStatusCode.BadGateway;

        Assert.Equal("provider_unavailable", (await Social.RunAsync("google")).Error);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task GitHubUserEndpointFailing_GoesBackAsProviderError()
    {
        Provider.Behaviour.UserStatus = HttpStatusCode.Unauthorized;

        Assert.Equal("provider_error", (await Social.RunAsync("github")).Error);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task AfterAFailure_TheNextAttemptSucceeds()
    {
        Provider.Behaviour.TokenStatus = HttpStatusCode.InternalServerError;
        Assert.Equal("provider_unavailable", (await Social.RunAsync("google")).Error);
        Provider.Behaviour.TokenStatus = null;

        await Social.SignInAsync("google");

        Assert.Equal(1, Count("users"));
    }
}
