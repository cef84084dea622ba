using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

public sealed class RateLimitTests() : ApiTestBase(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "true" })
{
    [Fact]
    public async Task SignIn_PastTheLimitPerMinute_Returns429RateLimitedWithRetryAfter()
    {
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 11; i++) answers.Add(await Flows.SignInAsync("someone@example.com", "whatever password"));

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10].Status);
        Assert.Equal("rate_limited", answers[10].Code);
        Assert.NotNull(answers[10].Headers.RetryAfter);
    }

    [Fact]
    public async Task SignUp_IsLimitedSeparatelyFromSignIn()
    {
        for (var i = 0; i < 10; i++) await Flows.SignInAsync("someone@example.com", "whatever password");

        var signUp = await Api.PostAsync("/api/v1/auth/sign-up", new { name = "Ada", email = "ada@example.com", password = AuthFlows.Password });

        Assert.Equal(HttpStatusCode.Created, signUp.Status);
    }
}
