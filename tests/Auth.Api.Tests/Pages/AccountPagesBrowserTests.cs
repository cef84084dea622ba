using System.Net;
using Auth.Api.Tests.TestSupport;
using Auth.Api.Tests.TestSupport.OAuth;
using Microsoft.Playwright;
using OtpNet;

namespace Auth.Api.Tests.Pages;

/// <summary>
/// The hosted pages as a person uses them, in headless Chromium against the service in its own process (SQLite here;
/// <see cref="PostgresAccountPagesBrowserTests"/> on PostgreSQL): sign-up, the emailed code, sign-in, the account
/// home, signing out another device, changing the password, two-step sign-in with a computed authenticator code, and
/// the page session ending when its session is revoked through the API. Every page visited is screenshotted and
/// checked with axe-core.
/// </summary>
public class AccountPagesBrowserTests : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private const string NewPassword = "a brand new passphrase 42";

    private readonly Chromium _chromium;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "auth-pages-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _violations = [];
    private ServiceProcess? _service;
    private FakeApp? _app;
    private FakeOAuthProvider? _provider;
    private IBrowserContext? _context;

    public AccountPagesBrowserTests(Chromium chromium)
    {
        Skip.If(Chromium.Missing is not null, Chromium.Missing);
        _chromium = chromium;
    }

    private protected virtual IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Auth"] = $"Data Source={Path.Combine(_root, "auth.db")}",
    };

    private protected virtual string Screens => "sqlite";

    private Mailbox Mailbox => new(Path.Combine(_root, "mail"));

    private ApiClient Api => new(_service!.NewHttpClient());

    public virtual async Task InitializeAsync()
    {
        _app = await FakeApp.StartAsync();
        _provider = await FakeOAuthProvider.StartAsync();
        var settings = new Dictionary<string, string?>(DatabaseSettings.Concat(_provider.Settings()))
        {
            ["Auth:OAuth:AllowedRedirectUris:0"] = _app.CallbackUri.AbsoluteUri,
            ["Email:PickupDirectory"] = Path.Combine(_root, "mail"),
            ["Email:Delivery:PollInterval"] = "00:00:00.2",
            ["Auth:PasswordHashing:MemoryKiB"] = "1024",
            ["Auth:PasswordHashing:Iterations"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        _service = await ServiceProcess.StartAsync(settings);
        _app.ServiceAddress = _service.Address;
        var onLocalhost = new UriBuilder(_service.Address) { Host = "localhost" }.Uri;
        _context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = onLocalhost.ToString() });
    }

    public virtual async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        if (_service is not null) await _service.DisposeAsync();
        if (_app is not null) await _app.DisposeAsync();
        if (_provider is not null) await _provider.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [SkippableFact]
    public async Task SignUp_Verify_SignIn_SignOutAnotherDevice_ChangePassword()
    {
        var page = await _context!.NewPageAsync();
        await page.GotoAsync("/");
        Assert.EndsWith("/account/sign-in", page.Url, StringComparison.Ordinal);
        await Capture(page, "sign-in");

        await page.GotoAsync("/account/sign-up");
        await Capture(page, "sign-up");
        await page.GetByLabel("Name").FillAsync("Ada Lovelace");
        await page.GetByLabel("Email").FillAsync("ada@example.com");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        Assert.EndsWith("/account/verify", page.Url, StringComparison.Ordinal);
        Assert.Equal("ada@example.com", await page.GetByLabel("Email").InputValueAsync());
        await Capture(page, "verify");
        await page.GetByLabel("Code").FillAsync(await CodeAsync("ada@example.com", Mailbox.EmailVerificationSubject));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        Assert.EndsWith("/account", page.Url, StringComparison.Ordinal);
        await Capture(page, "account");

        // Another device signs in through the API; the person signs it out from the page, and its token stops working.
        var other = await Api.PostAsync("/api/v1/auth/sign-in", new { email = "ada@example.com", password = Password, mode = "session" });
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out Unknown device" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("That device is signed out.");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync("/api/v1/users/me", other.Get("sessionToken"))).Status);

        // Change the password: a code first, then the current and the new password with it.
        var passwordSection = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Change password" }) });
        await passwordSection.GetByRole(AriaRole.Button, new() { Name = "Email me a code" }).ClickAsync();
        passwordSection = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Change password" }) });
        await passwordSection.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await passwordSection.GetByLabel("New password").FillAsync(NewPassword);
        await passwordSection.GetByLabel("Code").FillAsync(await CodeAsync("ada@example.com", "Confirm your password change"));
        await passwordSection.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is changed");

        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsync("/api/v1/auth/sign-in", new { email = "ada@example.com", password = NewPassword })).Status);
        Assert.Empty(_violations);
    }

    [SkippableFact]
    public async Task TwoStepSignIn_WithAComputedAuthenticatorCode()
    {
        await SignUpVerifiedThroughApiAsync("grace@example.com");
        var page = await SignedInPageAsync("grace@example.com");

        var totp = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Authenticator app" }) });
        await totp.GetByLabel("Password").FillAsync(Password);
        await totp.GetByRole(AriaRole.Button, new() { Name = "Set up" }).ClickAsync();
        await Capture(page, "account-authenticator");
        var secret = await page.Locator("code.secret").InnerTextAsync();
        totp = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Authenticator app" }) });
        await totp.GetByLabel("Code").FillAsync(CodeAt(secret, DateTime.UtcNow));
        await totp.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).Locator("li")).ToHaveCountAsync(10);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).Last.ClickAsync();
        await page.GetByLabel("Email").FillAsync("grace@example.com");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        Assert.EndsWith("/account/two-factor", page.Url, StringComparison.Ordinal);
        await Capture(page, "two-factor");

        // The code of the step just used is spent: the next step's code is within the ±1 window and not yet used.
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(CodeAt(secret, DateTime.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        Assert.EndsWith("/account", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByText("On. Recovery codes left: 10.")).ToBeVisibleAsync();
        Assert.Empty(_violations);
    }

    [SkippableFact]
    public async Task APasskey_AddedOnTheAccountPage_SignsIn_WithChromiumsVirtualAuthenticator()
    {
        await SignUpVerifiedThroughApiAsync("ada@example.com");
        var page = await SignedInPageAsync("ada@example.com");
        var devtools = await _context!.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable");
        await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });

        var passkeys = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Passkeys" }) });
        await passkeys.GetByLabel("Name").FillAsync("Laptop");
        await passkeys.GetByRole(AriaRole.Button, new() { Name = "Add passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The passkey is added.");
        await Expect(passkeys.GetByRole(AriaRole.Button, new() { Name = "Remove passkey Laptop" })).ToBeVisibleAsync();
        Assert.Equal("Ada Lovelace", await page.Locator("#field-profile-name").InputValueAsync());
        await Capture(page, "account-passkey");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/account", StringComparison.Ordinal));

        await Expect(page.GetByText("Signed in as")).ToContainTextAsync("ada@example.com");
        Assert.Contains(Mailbox.MessagesTo("ada@example.com"), m => m.Contains("A passkey was added", StringComparison.Ordinal));
        Assert.Empty(_violations);
    }

    [SkippableFact]
    public async Task AnApp_SendsThePersonToSignIn_AndGetsThemBack_SignedIn_WithACodeItExchanges()
    {
        await SignUpVerifiedThroughApiAsync("grace@example.com");
        var page = await _context!.NewPageAsync();
        var signIn = $"/account/sign-in?returnTo={Uri.EscapeDataString(_app!.CallbackUri.AbsoluteUri)}&state=app-state-1";

        await page.GotoAsync(signIn);
        await page.GetByLabel("Email").FillAsync("grace@example.com");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.Locator("#app")).ToHaveTextAsync("Signed in to the app as grace@example.com (state app-state-1)");

        // Already signed in on the pages: the next app sign-in goes straight back, with a new code.
        await page.GotoAsync(signIn.Replace("app-state-1", "app-state-2", StringComparison.Ordinal));
        await Expect(page.Locator("#app")).ToHaveTextAsync("Signed in to the app as grace@example.com (state app-state-2)");
    }

    [SkippableFact]
    public async Task AGitHubAccount_WithAnotherEmail_IsLinkedFromTheAccountPage_ThenUnlinked()
    {
        await SignUpVerifiedThroughApiAsync("ada@example.com");
        _provider!.User = new FakeUser("583231", "ada.codes@example.org", Login: "ada");
        var page = await SignedInPageAsync("ada@example.com");

        await page.GetByRole(AriaRole.Button, new() { Name = "Link GitHub" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("GitHub is linked.");
        Assert.EndsWith("/account?linked=github", page.Url, StringComparison.Ordinal);
        var unlink = page.GetByRole(AriaRole.Button, new() { Name = "Unlink GitHub" });
        await Expect(unlink).ToBeVisibleAsync();
        await Capture(page, "account-linked");
        Assert.Contains(Mailbox.MessagesTo("ada@example.com"), m => m.Contains("GitHub sign-in was added", StringComparison.Ordinal));

        await unlink.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The provider is unlinked.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Link GitHub" })).ToBeVisibleAsync();
        Assert.Empty(_violations);
    }

    [SkippableFact]
    public async Task AReturnTo_NotOnTheAllowList_IsRefusedOnThePage_AndTheSignInStaysHere()
    {
        await SignUpVerifiedThroughApiAsync("grace@example.com");
        var page = await _context!.NewPageAsync();

        var response = await page.GotoAsync("/account/sign-in?returnTo=" + Uri.EscapeDataString("https://evil.example.com/cb"));
        Assert.Equal(400, response!.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("return address");
        await page.GetByLabel("Email").FillAsync("grace@example.com");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        Assert.EndsWith("/account", page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ThePageSession_EndsWhenItsSessionIsRevokedThroughTheApi()
    {
        await SignUpVerifiedThroughApiAsync("alan@example.com");
        var page = await SignedInPageAsync("alan@example.com");

        var api = await Api.PostAsync("/api/v1/auth/sign-in", new { email = "alan@example.com", password = Password });
        Assert.Equal(HttpStatusCode.NoContent, (await Api.PostAsync("/api/v1/auth/sign-out/all", bearer: api.Get("accessToken"))).Status);
        await page.ReloadAsync();

        Assert.EndsWith("/account/sign-in", page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ForgotAndReset_SetANewPassword()
    {
        await SignUpVerifiedThroughApiAsync("ada@example.com");
        var page = await _context!.NewPageAsync();
        await page.GotoAsync("/account/forgot");
        await Capture(page, "forgot");
        await page.GetByLabel("Email").FillAsync("ada@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reset code" }).ClickAsync();

        Assert.EndsWith("/account/reset", page.Url, StringComparison.Ordinal);
        await Capture(page, "reset");
        await page.GetByLabel("Code").FillAsync(await CodeAsync("ada@example.com", "Reset your password"));
        await page.GetByLabel("New password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();

        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsync("/api/v1/auth/sign-in", new { email = "ada@example.com", password = NewPassword })).Status);
        Assert.Empty(_violations);
    }

    [SkippableFact]
    public async Task SignIn_WithTheKeyboardOnly_ReachesTheAccount()
    {
        await SignUpVerifiedThroughApiAsync("ada@example.com");
        var page = await _context!.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        // From the top of the page: the header link, then Email, then Password; Enter submits.
        await TabUntilFocusedAsync(page, "email");
        await page.Keyboard.TypeAsync("ada@example.com");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("password", await FocusedNameAsync(page));
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.EndsWith("/account", StringComparison.Ordinal));
        await Expect(page.GetByText("Signed in as")).ToContainTextAsync("ada@example.com");
    }

    [SkippableFact]
    public async Task AWrongPassword_IsShownAndAnnounced_NextToTheForm()
    {
        await SignUpVerifiedThroughApiAsync("ada@example.com");
        var page = await _context!.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync("ada@example.com");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Capture(page, "sign-in-error");
        Assert.Empty(_violations);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static Task<string> FocusedNameAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement?.name ?? ''");

    /// <summary>Presses Tab until the field named <paramref name="name"/> has the focus; fails if ten presses do not get there.</summary>
    private static async Task TabUntilFocusedAsync(IPage page, string name)
    {
        for (var i = 0; i < 10 && await FocusedNameAsync(page) != name; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal(name, await FocusedNameAsync(page));
    }

    private static string CodeAt(string secret, DateTime utc) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(utc);

    private async Task Capture(IPage page, string name) => _violations.AddRange(await PageArtifacts.CaptureAsync(page, $"{Screens}-{name}"));

    private Task<string> CodeAsync(string email, string subject) => Mailbox.WaitForLatestCodeAsync(email, subject, TimeSpan.FromSeconds(15));

    private async Task SignUpVerifiedThroughApiAsync(string email)
    {
        Assert.Equal(HttpStatusCode.Created, (await Api.PostAsync("/api/v1/auth/sign-up", new { name = "Ada Lovelace", email, password = Password })).Status);
        var code = await CodeAsync(email, Mailbox.EmailVerificationSubject);
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsync("/api/v1/auth/email/verify", new { email, code })).Status);
    }

    private async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await _context!.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        Assert.EndsWith("/account", page.Url, StringComparison.Ordinal);
        return page;
    }
}
