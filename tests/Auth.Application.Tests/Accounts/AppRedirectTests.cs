using Auth.Application.Accounts;
using Auth.Domain.Accounts;

namespace Auth.Application.Tests.Accounts;

public sealed class AppRedirectTests
{
    [Theory]
    [InlineData("https://app.example.com/cb", "https://app.example.com/cb?code=c0de&state=s%201")]
    [InlineData("https://app.example.com/cb?tenant=7", "https://app.example.com/cb?tenant=7&code=c0de&state=s%201")]
    [InlineData("com.example.app:/oauth", "com.example.app:/oauth?code=c0de&state=s%201")]
    public void WithCode_AppendsTheCodeAndTheAppState_KeepingTheAppsOwnQuery(string redirectUri, string expected)
    {
        var redirect = AppRedirect.WithCode(Flow(redirectUri, "s 1"), "c0de");

        Assert.Equal(expected, redirect.Location.OriginalString);
    }

    [Fact]
    public void WithError_CarriesTheCodeAndDescription_AndNoStateWhenTheAppSentNone()
    {
        var redirect = AppRedirect.WithError(Flow("https://app.example.com/cb", null), AccountErrors.AccessDenied);

        Assert.StartsWith("https://app.example.com/cb?error=access_denied&error_description=", redirect.Location.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("state=", redirect.Location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public void Pkce_Challenge_IsTheRfc7636AppendixBExample()
    {
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    private static OAuthFlowState Flow(string redirectUri, string? appState) =>
        new("google", redirectUri, appState, "https://auth.example.com/cb", "verifier", "nonce", "binding-hash");
}
