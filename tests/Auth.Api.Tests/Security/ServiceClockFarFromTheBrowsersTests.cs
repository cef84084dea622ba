using System.Net;
using Auth.Api.Tests.TestSupport;
using Auth.Api.Tests.TestSupport.OAuth;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Api.Tests.Security;

/// <summary>
/// The flows with the service's clock far from the browser's (the test client's cookie jar keeps the real time): the
/// binding cookie lives by a relative <c>Max-Age</c>, so neither a clock in the past nor one in the future loses it,
/// while the service's own clock still decides when a state expires. Each subclass picks the distance.
/// </summary>
public abstract class ServiceClockFarFromTheBrowsersTests : OAuthApiTestBase
{
    /// <summary>Where the service's clock starts.</summary>
    protected abstract DateTimeOffset ServiceStart { get; }

    protected override FakeTimeProvider NewServiceClock() => new(ServiceStart);

    [Theory]
    [InlineData("google")]
    [InlineData("github")]
    public async Task ProviderSignIn_Completes_AndItsAccessTokenIsAccepted(string provider)
    {
        var tokens = await Social.SignInAsync(provider);

        var me = await Api.GetAsync("/api/v1/users/me", tokens.Get("accessToken"));
        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(ServiceStart, DateTimeOffset.Parse(me.Get("createdAt"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheBindingCookie_CarriesTheFlowsLifetime_NotADate()
    {
        using var start = await Social.StartAsync("google");

        var cookie = Assert.Single(start.Headers.GetValues("Set-Cookie"));
        Assert.Contains("max-age=600", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheState_StillExpiresByTheServiceClock_ThoughTheBrowserKeepsItsCookie()
    {
        var callback = await Social.ConsentAsync(await Social.StartedAsync("google"));
        Factory.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        using var response = await Social.CallbackAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("oauth_state_invalid", (await ApiResponse.ReadAsync(response)).Code);
    }

    [Fact]
    public async Task PasswordSignIn_Refresh_AndMe_Work()
    {
        var signedIn = await Flows.SignedInAsync("ada@example.com");

        var refreshed = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = signedIn.Get("refreshToken") });

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync("/api/v1/users/me", refreshed.Get("accessToken"))).Status);
    }
}
