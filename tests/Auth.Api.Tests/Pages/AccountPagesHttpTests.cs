using System.Net;
using Auth.Api.Security;
using Auth.Api.Tests.TestSupport;
using Auth.Domain.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Auth.Api.Tests.Pages;

/// <summary>What the hosted pages promise below the browser: headers, antiforgery, the page cookie, and redirects.</summary>
public sealed class AccountPagesHttpTests : ApiTestBase
{
    public AccountPagesHttpTests() =>
        Browser = new ApiClient(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    /// <summary>A client that shows each answer as the browser gets it: no redirect followed, no cookie kept.</summary>
    private ApiClient Browser { get; }

    [Fact]
    public async Task EveryPage_CarriesAPolicyWithoutInlineScripts_NoFraming_AndNoReferrer()
    {
        foreach (var path in new[] { "/account/sign-up", "/account/verify", "/account/sign-in", "/account/forgot", "/account/reset" })
        {
            var page = await Browser.GetAsync(path);
            var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Equal("no-referrer", string.Join("", page.Headers.GetValues("Referrer-Policy")));
            Assert.DoesNotContain("<script>", page.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheFormsMayRedirectOnlyHere_ToTheAllowListedApps_AndToTheEnabledProviders()
    {
        var apps = new RedirectUriAllowList(["https://app.example.com/cb", "https://app.example.com/other", "http://127.0.0.1:5001/callback?x=1"]);
        Uri[] providers = [new("https://github.com/login/oauth/authorize")];

        var policy = SecurityHeadersMiddleware.PagesPolicy(apps, providers);

        Assert.Contains("form-action 'self' https://app.example.com http://127.0.0.1:5001 https://github.com;", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self';", SecurityHeadersMiddleware.PagesPolicy(RedirectUriAllowList.Empty, []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "Ada Lovelace",
            ["email"] = "ada@example.com",
            ["password"] = AuthFlows.Password,
        });
        var posted = await Browser.Http.PostAsync(new Uri("/account/sign-up", UriKind.Relative), form);
        var signIn = await Flows.SignInAsync("ada@example.com");

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("invalid_credentials", signIn.Code);
        Assert.Empty(Mailbox.MessagesTo("ada@example.com"));
    }

    [Fact]
    public async Task TheRoot_LeadsToTheAccount_AndTheAccountWithoutAPageSession_ToSignIn()
    {
        var root = await Browser.GetAsync("/");
        var account = await Browser.GetAsync("/account");

        Assert.Equal((HttpStatusCode.Redirect, "/account"), (root.Status, root.Headers.Location?.ToString()));
        Assert.Equal((HttpStatusCode.Redirect, "/account/sign-in"), (account.Status, account.Headers.Location?.ToString()));
    }

    [Fact]
    public async Task ThePageSessionCookie_IsHttpOnly_SameSiteLax_OnAccountOnly()
    {
        await Flows.SignUpVerifiedAsync("ada@example.com");
        var (token, cookies) = await AntiforgeryAsync("/account/sign-in");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "ada@example.com",
            ["password"] = AuthFlows.Password,
            ["__antiforgery"] = token,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = form };
        request.Headers.Add("Cookie", cookies);
        var signedIn = await Browser.Http.SendAsync(request);

        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("auth_account=", StringComparison.Ordinal));
        Assert.Equal((HttpStatusCode.Redirect, "/account"), (signedIn.StatusCode, signedIn.Headers.Location?.ToString()));
        Assert.Contains("path=/account", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(string Token, string Cookies)> AntiforgeryAsync(string path)
    {
        var page = await Browser.GetAsync(path);
        var token = System.Text.RegularExpressions.Regex.Match(page.Body, "name=\"__antiforgery\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (token, cookies);
    }
}
