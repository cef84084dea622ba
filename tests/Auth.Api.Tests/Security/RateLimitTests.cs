using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

public sealed class RateLimitTests() : ApiTestBase(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "true" })
{
    [Fact]
    public async Task SignIn_PastTheLimitPerMinute_Returns429RateLimitedWithRetryAfter()
    {
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 11; i++) answers.Add(await Flows.SignInAsync($"someone{i}@example.com", "whatever password"));

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10].Status);
        Assert.Equal("rate_limited", answers[10].Code);
        Assert.Equal(TimeSpan.FromMinutes(1), answers[10].Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task SignUp_IsLimitedSeparatelyFromSignIn()
    {
        for (var i = 0; i < 10; i++) await Flows.SignInAsync("someone@example.com", "whatever password");

        var signUp = await Api.PostAsync("/api/v1/auth/sign-up", new { name = "Ada", email = "ada@example.com", password = AuthFlows.Password });

        Assert.Equal(HttpStatusCode.Created, signUp.Status);
    }

    [Fact]
    public async Task SignIn_PerIpLimit_CountsEachAddressApart()
    {
        var first = Factory.CreateClientFrom("203.0.113.1");
        var second = Factory.CreateClientFrom("203.0.113.2");
        for (var i = 0; i < 10; i++) await first.PostAsync("/api/v1/auth/sign-in", new { email = $"u{i}@example.com", password = "whatever password" });

        var blocked = await first.PostAsync("/api/v1/auth/sign-in", new { email = "x@example.com", password = "whatever password" });
        var other = await second.PostAsync("/api/v1/auth/sign-in", new { email = "y@example.com", password = "whatever password" });

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, other.Status);
    }

    [Fact]
    public async Task SignIn_PerAccountLimit_HoldsAcrossClientIps_AndSpellingsOfTheEmail()
    {
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 11; i++)
        {
            var client = Factory.CreateClientFrom($"198.51.100.{i + 1}");
            var email = i % 2 == 0 ? "victim@example.com" : "  Victim@EXAMPLE.com ";
            answers.Add(await client.PostAsync("/api/v1/auth/sign-in", new { email, password = "whatever password" }));
        }

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10].Status);
        Assert.Equal("rate_limited", answers[10].Code);
        Assert.Equal(TimeSpan.FromMinutes(15), answers[10].Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task OtpSend_PerAccountLimit_AndTheWindowEnds()
    {
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 11; i++)
        {
            var client = Factory.CreateClientFrom($"198.51.100.{i + 1}");
            answers.Add(await client.PostAsync("/api/v1/auth/password/forgot", new { email = "victim@example.com" }));
            Factory.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10].Status);
        Assert.Equal(TimeSpan.FromSeconds(600), answers[10].Headers.RetryAfter?.Delta);

        Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await Factory.CreateClientFrom("198.51.100.99").PostAsync("/api/v1/auth/password/forgot", new { email = "victim@example.com" });
        Assert.Equal(HttpStatusCode.Accepted, later.Status);
    }

    [Fact]
    public async Task Refresh_IsLimitedPerIp()
    {
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 61; i++) answers.Add(await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = "nope" }));

        Assert.All(answers.Take(60), a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[60].Status);
        Assert.NotNull(answers[60].Headers.RetryAfter);
    }
}
