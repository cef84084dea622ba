using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

/// <summary>
/// The limits with <c>RateLimiting:Store=Database</c>, on SQLite; <see cref="PostgresDatabaseRateLimitTests"/> and
/// <see cref="MariaDbDatabaseRateLimitTests"/> run the same tests on the servers.
/// </summary>
public class DatabaseRateLimitTests : ApiTestBase
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:Store"] = "Database",
    };

    public DatabaseRateLimitTests()
        : this(null)
    {
    }

    private protected DatabaseRateLimitTests(ServerDatabase? database)
        : base(database, Settings)
    {
    }

    [SkippableFact]
    public async Task SignIn_PerAccountLimit_HoldsAcrossClientIps()
    {
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 11; i++)
        {
            answers.Add(await Factory.CreateClientFrom($"198.51.100.{i + 1}")
                .PostAsync("/api/v1/auth/sign-in", new { email = "victim@example.com", password = "whatever password" }));
        }

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10].Status);
        Assert.Equal("rate_limited", answers[10].Code);
        Assert.Equal(TimeSpan.FromMinutes(15), answers[10].Headers.RetryAfter?.Delta);
    }

    [SkippableFact]
    public async Task OtpSend_PerIpLimit_ThenTheWindowEnds()
    {
        var api = Factory.CreateClientFrom("203.0.113.8");
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 6; i++) answers.Add(await api.PostAsync("/api/v1/auth/otp/send", new { email = $"n{i}@example.com", type = "signin" }));
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = await api.PostAsync("/api/v1/auth/otp/send", new { email = "n9@example.com", type = "signin" });

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[5].Status);
        Assert.Equal(TimeSpan.FromMinutes(1), answers[5].Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Accepted, later.Status);
    }

    [SkippableFact]
    public async Task OtpSend_PerIpLimit_CountsAnIPv6ClientByItsSlash64_NotByAddress()
    {
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await Factory.CreateClientFrom($"2001:db8:1:2::{i + 1:x}")
                .PostAsync("/api/v1/auth/otp/send", new { email = $"n{i}@example.com", type = "signin" }));
        }

        var otherBlock = await Factory.CreateClientFrom("2001:db8:1:3::1")
            .PostAsync("/api/v1/auth/otp/send", new { email = "n9@example.com", type = "signin" });

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[5].Status);
        Assert.Equal(HttpStatusCode.Accepted, otherBlock.Status);
    }
}
