using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Telemetry;

/// <summary>
/// Scrapes <c>/metrics</c> (Prometheus) after traffic an operator would want to see: sign-ins by outcome, a lockout, a
/// refresh-token reuse, a rate-limited request, password-hash timings, the mail queue. The service's meter is
/// process-wide, so this class runs alone (<see cref="MetricsCollection"/>) and the counts are exact.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed partial class MetricsScrapeTests() : ApiTestBase(new Dictionary<string, string?>
{
    ["Telemetry:Prometheus:Enabled"] = "true",
    ["RateLimiting:Enabled"] = "true",
    ["RateLimiting:Policies:sign-in:PermitLimit"] = "8",
})
{
    [Fact]
    public async Task TheScrape_CountsSignInsByOutcome_Lockouts_Reuse_RateLimits_AndHashTimes_WithoutPersonalData()
    {
        await Flows.SignUpVerifiedAsync("locked@example.com");
        for (var i = 0; i < 5; i++) await Flows.SignInAsync("locked@example.com", "not the password at all");
        await Flows.SignInAsync("locked@example.com");
        var tokens = await Flows.SignInAsync(await SignedUpAsync("reuse@example.com"));
        var rotated = tokens.Get("refreshToken");
        await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = rotated });
        await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = rotated });
        await Flows.SignInAsync("nobody@example.com", "wrong password here");
        var limited = await Flows.SignInAsync("nobody@example.com", "wrong password here");

        var scrape = await ScrapeAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal(1, Value(scrape, "auth_sign_ins_total", "outcome=\"success\""));
        Assert.Equal(5, Value(scrape, "auth_sign_ins_total", "outcome=\"invalid_credentials\""));
        Assert.Equal(2, Value(scrape, "auth_sign_ins_total", "outcome=\"account_locked\""));
        Assert.Equal(1, Value(scrape, "auth_lockouts_total"));
        Assert.Equal(1, Value(scrape, "auth_refresh_token_reuses_total"));
        Assert.Equal(1, Value(scrape, "auth_rate_limited_total", "policy=\"sign-in\""));
        Assert.True(Value(scrape, "auth_password_hash_duration_seconds_count", "operation=\"verify\"") >= 8);
        Assert.Contains("auth_mail_queue_depth", scrape, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.com", scrape, StringComparison.Ordinal);
        Assert.DoesNotContain(rotated, scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheSetting_ThereIsNoScrapeEndpoint()
    {
        using var factory = new AuthApiFactory();

        var response = await factory.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> SignedUpAsync(string email)
    {
        await Flows.SignUpVerifiedAsync(email);
        return email;
    }

    private async Task<string> ScrapeAsync()
    {
        var response = await Api.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a metric's samples whose labels contain <paramref name="label"/> (0 when there are none).</summary>
    private static double Value(string scrape, string metric, string label = "") =>
        scrape.Split('\n')
            .Select(line => Sample().Match(line))
            .Where(m => m.Success && m.Groups["name"].Value == metric && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>[-+0-9.eE]+|NaN)")]
    private static partial Regex Sample();
}
