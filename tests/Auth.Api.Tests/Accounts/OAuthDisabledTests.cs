using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Accounts;

/// <summary>With no provider configured (no client id), the OAuth routes answer 404 and the service still starts.</summary>
public sealed class OAuthDisabledTests() : ApiTestBase(new Dictionary<string, string?>
{
    ["Auth:OAuth:AllowedRedirectUris"] = "https://app.example.com/auth/callback",
    ["Auth:OAuth:GitHub:ClientId"] = "only-github",
    ["Auth:OAuth:GitHub:ClientSecret"] = "secret",
})
{
    [Fact]
    public async Task ProviderWithoutClientId_Is404_AtStart()
    {
        var answer = await Api.GetAsync("/api/v1/auth/oauth/google/start?redirectUri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("not_found", answer.Code);
    }

    [Fact]
    public async Task AllowedRedirectUris_AsOneString_IsAccepted()
    {
        using var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/api/v1/auth/oauth/github/start?redirectUri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("https://github.com/login/oauth/authorize?", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }
}
