using Microsoft.Playwright;

namespace Auth.Api.Tests.Pages;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>, or <c>AUTH_TEST_CHROMIUM</c>) driven by Playwright: nothing is
/// downloaded. Without it the browser tests skip with the reason, unless <c>AUTH_TEST_REQUIRE_BROWSER=true</c> (CI),
/// where they fail.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string PathVariable = "AUTH_TEST_CHROMIUM";
    public const string RequireVariable = "AUTH_TEST_REQUIRE_BROWSER";

    private IPlaywright? _playwright;

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why there is no browser (the reason to skip), or null.</summary>
    public static string? Missing =>
        File.Exists(ExecutablePath) ? null : $"No Chromium at {ExecutablePath} (apt-get install chromium, or set {PathVariable}).";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Missing is { } missing)
        {
            if (Environment.GetEnvironmentVariable(RequireVariable) == "true") throw new InvalidOperationException(missing);
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Pages are opened on localhost (a WebAuthn RP id cannot be an IP address), which must reach the IPv4 loopback the service listens on.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--host-resolver-rules=MAP localhost 127.0.0.1"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null) return;
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
