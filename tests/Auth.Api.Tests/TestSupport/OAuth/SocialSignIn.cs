using System.Net;

namespace Auth.Api.Tests.TestSupport.OAuth;

/// <summary>
/// The browser's part of a provider sign-in, followed by hand (no automatic redirects): the service's start
/// endpoint, the fake provider's consent page (a real HTTP call to it), the service's callback, then the app's code
/// exchange. <paramref name="browser"/> keeps cookies, as a browser would.
/// </summary>
public sealed class SocialSignIn(HttpClient browser, ApiClient api) : IDisposable
{
    public const string AppRedirectUri = "https://app.example.com/auth/callback";

    private readonly HttpClient _providerBrowser = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    public static string StartPath(string provider, string redirectUri = AppRedirectUri, string? appState = null) =>
        $"/api/v1/auth/oauth/{provider}/start?redirectUri={Uri.EscapeDataString(redirectUri)}"
        + (appState is null ? "" : $"&state={Uri.EscapeDataString(appState)}");

    public Task<HttpResponseMessage> StartAsync(string provider, string redirectUri = AppRedirectUri, string? appState = null) =>
        browser.GetAsync(StartPath(provider, redirectUri, appState));

    /// <summary>Starts, expecting the redirect to the provider; returns the provider's authorize URL.</summary>
    public async Task<Uri> StartedAsync(string provider, string redirectUri = AppRedirectUri, string? appState = null)
    {
        using var start = await StartAsync(provider, redirectUri, appState);
        Assert.Equal(HttpStatusCode.Found, start.StatusCode);
        return start.Headers.Location!;
    }

    /// <summary>The user at the provider's consent page: the provider redirects back to the service's callback.</summary>
    public async Task<Uri> ConsentAsync(Uri authorizeUri)
    {
        using var response = await _providerBrowser.GetAsync(authorizeUri);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return response.Headers.Location!;
    }

    public Task<HttpResponseMessage> CallbackAsync(Uri callbackUri, HttpClient? otherBrowser = null) =>
        (otherBrowser ?? browser).GetAsync(callbackUri);

    /// <summary>Follows the callback's redirect to the app.</summary>
    public async Task<AppRedirect> BackToAppAsync(Uri callbackUri)
    {
        using var response = await CallbackAsync(callbackUri);
        Assert.True(response.StatusCode == HttpStatusCode.Found, $"Expected 302, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return new AppRedirect(response.Headers.Location!);
    }

    /// <summary>Start → provider → callback; where the browser lands at the app.</summary>
    public async Task<AppRedirect> RunAsync(string provider, string redirectUri = AppRedirectUri, string? appState = null) =>
        await BackToAppAsync(await ConsentAsync(await StartedAsync(provider, redirectUri, appState)));

    public Task<ApiResponse> ExchangeAsync(string? code, string? mode = null) =>
        api.PostAsync("/api/v1/auth/oauth/exchange", new { code, mode });

    /// <summary>The whole sign-in, expecting tokens.</summary>
    public async Task<ApiResponse> SignInAsync(string provider)
    {
        var landed = await RunAsync(provider);
        Assert.True(landed.Code is not null, $"Expected a code, got error '{landed.Error}'.");
        var tokens = await ExchangeAsync(landed.Code);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return tokens;
    }

    public void Dispose() => _providerBrowser.Dispose();
}
