using System.Net;
using Auth.Api.Tests.TestSupport;
using Auth.Api.Tests.TestSupport.OAuth;
using Microsoft.AspNetCore.WebUtilities;

namespace Auth.Api.Tests.Accounts;

/// <summary>The flow's defences: state, PKCE, browser binding, one-time exchange codes, redirect allow-list.</summary>
public sealed class OAuthFlowSecurityTests : OAuthApiTestBase
{
    [Fact]
    public async Task Callback_WithAStateThatWasNeverIssued_IsRefusedWithProblemDetails_AndNoRedirect()
    {
        var callback = await Social.ConsentAsync(await Social.StartedAsync("google"));
        var forged = Replace(callback, "state", "c3RhdGUtdGhhdC13YXMtbmV2ZXItaXNzdWVkLWJ5LXRoZS1zZXJ2aWNl");

        using var response = await Social.CallbackAsync(forged);
        var answer = await ApiResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("oauth_state_invalid", answer.Code);
        Assert.Null(response.Headers.Location);
        Assert.Equal(0, Provider.TokenRequests);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task Callback_ReplayedWithTheSameState_IsRefusedTheSecondTime()
    {
        var callback = await Social.ConsentAsync(await Social.StartedAsync("google"));
        var first = await Social.BackToAppAsync(callback);
        Assert.NotNull(first.Code);

        using var replay = await Social.CallbackAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("oauth_state_invalid", (await ApiResponse.ReadAsync(replay)).Code);
    }

    [Fact]
    public async Task Callback_OfAStateIssuedForAnotherProvider_IsRefused()
    {
        var callback = await Social.ConsentAsync(await Social.StartedAsync("google"));
        var crossed = new Uri(callback.AbsoluteUri.Replace("/oauth/google/", "/oauth/github/", StringComparison.Ordinal));

        using var response = await Social.CallbackAsync(crossed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Callback_InABrowserThatDidNotStartTheFlow_IsRefused_SoALoginLinkCannotBePlanted()
    {
        var callback = await Social.ConsentAsync(await Social.StartedAsync("google"));
        using var victim = NewBrowser();

        using var response = await Social.CallbackAsync(callback, victim);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("oauth_state_invalid", (await ApiResponse.ReadAsync(response)).Code);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task TwoFlowsInOneBrowser_BothComplete()
    {
        var first = await Social.StartedAsync("google");
        var second = await Social.StartedAsync("github");

        var secondLanded = await Social.BackToAppAsync(await Social.ConsentAsync(second));
        var firstLanded = await Social.BackToAppAsync(await Social.ConsentAsync(first));

        Assert.NotNull(firstLanded.Code);
        Assert.NotNull(secondLanded.Code);
    }

    [Fact]
    public async Task Callback_AfterTheStateExpired_IsRefused()
    {
        var callback = await Social.ConsentAsync(await Social.StartedAsync("google"));
        Factory.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        using var response = await Social.CallbackAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WrongPkceVerifier_IsRefusedByTheProvider_AndGoesBackAsProviderError()
    {
        // An attacker who swapped the challenge in the authorize URL gets a code the service's verifier cannot redeem.
        var authorize = await Social.StartedAsync("google");
        var tampered = Replace(authorize, "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

        var landed = await Social.BackToAppAsync(await Social.ConsentAsync(tampered));

        Assert.Equal("provider_error", landed.Error);
        Assert.Equal(1, Provider.TokenRequests);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task ExchangeCode_Replayed_IsRefused()
    {
        var landed = await Social.RunAsync("google");
        Assert.Equal(HttpStatusCode.OK, (await Social.ExchangeAsync(landed.Code)).Status);

        var replay = await Social.ExchangeAsync(landed.Code);

        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Equal("oauth_code_invalid", replay.Code);
    }

    [Fact]
    public async Task ExchangeCode_After60Seconds_IsRefused()
    {
        var landed = await Social.RunAsync("google");
        Factory.Clock.Advance(TimeSpan.FromSeconds(61));

        var late = await Social.ExchangeAsync(landed.Code);

        Assert.Equal(HttpStatusCode.BadRequest, late.Status);
        Assert.Equal("oauth_code_invalid", late.Code);
    }

    [Fact]
    public async Task ExchangeCode_Within60Seconds_Works()
    {
        var landed = await Social.RunAsync("google");
        Factory.Clock.Advance(TimeSpan.FromSeconds(59));

        Assert.Equal(HttpStatusCode.OK, (await Social.ExchangeAsync(landed.Code)).Status);
    }

    [Fact]
    public async Task ConcurrentExchangesOfOneCode_ExactlyOneGetsTokens()
    {
        var landed = await Social.RunAsync("google");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Social.ExchangeAsync(landed.Code)));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal("oauth_code_invalid", a.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a code!")]
    [InlineData("dGhpcy1jb2RlLXdhcy1uZXZlci1pc3N1ZWQtYnktdGhlLXNlcnZpY2U")]
    public async Task ExchangeCode_Unknown_OrMalformed_IsRefusedWithProblemDetails(string code)
    {
        var answer = await Social.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(answer.Code, new[] { "oauth_code_invalid", "validation_failed" });
    }

    [Theory]
    [InlineData("https://evil.example.com/auth/callback")]
    [InlineData("https://app.example.com/auth/callback/")]
    [InlineData("https://app.example.com/auth/callback?next=/admin")]
    [InlineData("HTTPS://APP.EXAMPLE.COM/auth/callback")]
    [InlineData("https://app.example.com.evil.example/auth/callback")]
    public async Task Start_WithARedirectUriNotInTheAllowList_Is400ProblemDetails_WithoutRedirect(string redirectUri)
    {
        using var response = await Social.StartAsync("google", redirectUri);
        var answer = await ApiResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal("redirect_uri_not_allowed", answer.Code);
        Assert.Null(response.Headers.Location);
        Assert.Equal(0, Count("verifications"));
    }

    [Fact]
    public async Task Start_WithoutRedirectUri_IsAValidationFailure()
    {
        var answer = await Api.GetAsync("/api/v1/auth/oauth/google/start");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("validation_failed", answer.Code);
    }

    [Theory]
    [InlineData("facebook")]
    [InlineData("local")]
    [InlineData("Google")]
    public async Task UnknownProvider_Is404_AtStartAndCallback(string provider)
    {
        var start = await Api.GetAsync(SocialSignIn.StartPath(provider));
        var callback = await Api.GetAsync($"/api/v1/auth/oauth/{provider}/callback?code=x&state=y");

        Assert.Equal(HttpStatusCode.NotFound, start.Status);
        Assert.Equal("not_found", start.Code);
        Assert.Equal(HttpStatusCode.NotFound, callback.Status);
    }

    [Fact]
    public async Task StateRows_HoldOnlyHashes_AndExpiredOnesAreSweptByTheNextStart()
    {
        var authorize = await Social.StartedAsync("google");
        var state = QueryHelpers.ParseQuery(authorize.Query)["state"].ToString();
        Assert.DoesNotContain(state, DatabaseSnapshot.Take(Factory.DatabasePath), StringComparison.Ordinal);

        Factory.Clock.Advance(TimeSpan.FromMinutes(11));
        await Social.StartedAsync("google");

        Assert.Equal(1, Count("verifications"));
    }

    [Fact]
    public async Task TheBindingCookie_IsHttpOnly_Lax_AndScopedToTheOAuthRoutes()
    {
        using var start = await Social.StartAsync("google");

        var cookie = Assert.Single(start.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("auth_oauth_browser=", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/api/v1/auth/oauth", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=600", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static Uri Replace(Uri uri, string name, string value)
    {
        var query = QueryHelpers.ParseQuery(uri.Query);
        query[name] = value;
        return new Uri(QueryHelpers.AddQueryString(uri.GetLeftPart(UriPartial.Path), query));
    }
}
