using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

public sealed class RateLimitConfigurationTests
{
    [Fact]
    public async Task Disabled_LetsEveryRequestThrough()
    {
        using var factory = new AuthApiFactory(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" });
        var api = factory.CreateClientFrom("203.0.113.5");

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 30; i++) answers.Add(await api.PostAsync("/api/v1/auth/sign-in", new { email = "a@example.com", password = "whatever password" }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
    }

    [Fact]
    public async Task ConfiguredPolicyFigures_Apply()
    {
        using var factory = new AuthApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:Policies:sign-in:PermitLimit"] = "100",
            ["RateLimiting:Policies:sign-in:AccountPermitLimit"] = "2",
            ["RateLimiting:Policies:sign-in:AccountWindow"] = "00:00:30",
        });
        var api = factory.CreateClientFrom("203.0.113.5");

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 3; i++) answers.Add(await api.PostAsync("/api/v1/auth/sign-in", new { email = "a@example.com", password = "whatever password" }));
        var otherAccount = await api.PostAsync("/api/v1/auth/sign-in", new { email = "b@example.com", password = "whatever password" });

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2].Status);
        Assert.Equal(TimeSpan.FromSeconds(30), answers[2].Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAccount.Status);
    }

    [Fact]
    public async Task DatabaseStore_SharesPerAccountAndPerIpLimitsBetweenInstances()
    {
        using var first = new AuthApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:Store"] = "Database",
        });
        using var second = new AuthApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:Store"] = "Database",
            ["ConnectionStrings:Auth"] = $"Data Source={first.DatabasePath}",
        });
        second.Clock.SetUtcNow(first.Clock.GetUtcNow());

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 11; i++)
        {
            var instance = i % 2 == 0 ? first : second;
            answers.Add(await instance.CreateClientFrom($"198.51.100.{i + 1}")
                .PostAsync("/api/v1/auth/sign-in", new { email = "victim@example.com", password = "whatever password" }));
        }

        for (var i = 0; i < 5; i++) await first.CreateClientFrom("203.0.113.9").PostAsync("/api/v1/auth/sign-up", new { name = "A", email = $"n{i}@example.com", password = AuthFlows.Password });
        var sixthSignUpFromThatIp = await second.CreateClientFrom("203.0.113.9")
            .PostAsync("/api/v1/auth/sign-up", new { name = "A", email = "n6@example.com", password = AuthFlows.Password });

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10].Status);
        Assert.Equal("rate_limited", answers[10].Code);
        Assert.NotNull(answers[10].Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, sixthSignUpFromThatIp.Status);
    }
}
