using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Auth.Api.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Api.Tests.Audit;

/// <summary>On SQLite; <see cref="PostgresAuditTrailFlowTests"/> and <see cref="MariaDbAuditTrailFlowTests"/> run the same tests on the servers.</summary>
public class AuditTrailFlowTests : ApiTestBase
{
    private const string UserEmail = "member@example.com";
    private const string GhostEmail = "ghost@example.com";
    private const string ClientIp = "198.51.100.23";
    private const string ClientAgent = "AuditTest/1.0";

    private readonly ApiClient _client;
    private readonly List<string> _secrets = [AuthFlows.Password];

    public AuditTrailFlowTests()
        : this(null)
    {
    }

    private protected AuditTrailFlowTests(ServerDatabase? database)
        : base(database)
    {
        // The test server has no remote address: a startup filter gives every request one, as a real connection would.
        var http = Factory
            .WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddress(ClientIp))))
            .CreateClient();
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("AuditTest", "1.0"));
        _client = new ApiClient(http);
    }

    [SkippableFact]
    public async Task EverySecurityEvent_OfAFullFlow_IsListedForAdmins_WithIpUserAgentAndOutcome_AndNoSecret()
    {
        var admin = (await SignedInAsync(AuthApiFactory.AdminEmail)).Get("accessToken");
        var userId = (await SignUpVerifiedAsync(UserEmail)).Get("id");

        Step();
        var ghost = await SignInAsync(GhostEmail, "ghost password 1");
        for (var i = 1; i <= 5; i++)
        {
            Step();
            await SignInAsync(UserEmail, $"wrong password {i}");
        }

        Step();
        var whileLocked = await SignInAsync(UserEmail, AuthFlows.Password);
        Assert.Equal((HttpStatusCode.Unauthorized, "account_locked"), (ghost.Status, whileLocked.Code));
        Step();
        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostAsync($"/api/v1/admin/users/{userId}/unlock", bearer: admin)).Status);

        Step();
        var signIn = await SignInAsync(UserEmail, AuthFlows.Password);
        var userToken = signIn.Get("accessToken");
        var first = signIn.Get("refreshToken");
        Step();
        var rotated = await _client.PostAsync("/api/v1/auth/refresh", new { refreshToken = first });
        Step();
        var reused = await _client.PostAsync("/api/v1/auth/refresh", new { refreshToken = first });
        _secrets.AddRange([userToken, first, rotated.Get("refreshToken"), rotated.Get("accessToken")]);
        Assert.Equal("refresh_token_reused", reused.Code);

        var forbidden = await _client.GetAsync("/api/v1/admin/audit", userToken);
        var anonymous = await _client.GetAsync("/api/v1/admin/audit");
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (forbidden.Status, anonymous.Status));

        Step();
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Put, $"/api/v1/admin/users/{userId}/role", new { role = "admin" }, admin)).Status);
        Step();
        Assert.Equal(HttpStatusCode.NoContent, (await _client.SendAsync(HttpMethod.Delete, $"/api/v1/admin/users/{userId}", bearer: admin)).Status);
        Step();
        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostAsync($"/api/v1/admin/users/{userId}/restore", bearer: admin)).Status);

        var mine = await _client.GetAsync($"/api/v1/admin/audit?userId={userId}&pageSize=100", admin);
        var failures = await _client.GetAsync("/api/v1/admin/audit?type=user.sign_in_failed&pageSize=100", admin);
        var everything = await _client.GetAsync("/api/v1/admin/audit?pageSize=100", admin);

        // One group per request, oldest first (entries of one request share its time; their order among themselves is free).
        Assert.Equal(HttpStatusCode.OK, mine.Status);
        var groups = Items(mine)
            .GroupBy(e => e["occurredAt"]!.GetValue<DateTimeOffset>())
            .OrderBy(g => g.Key)
            .Select(g => string.Join(" + ", g.Select(e => e["type"]!.GetValue<string>()).Order(StringComparer.Ordinal)))
            .ToList();
        Assert.Equal(
            [
                "user.signed_up", "user.email_verified",
                "user.sign_in_failed", "user.sign_in_failed", "user.sign_in_failed", "user.sign_in_failed",
                "user.locked_out + user.sign_in_failed",
                "user.sign_in_failed",
                "user.unlocked",
                "user.signed_in",
                "session.refresh_token_reused + session.revoked",
                "user.role_changed",
                "user.deleted",
                "user.restored",
            ],
            groups);
        Assert.Equal("user→admin", Items(mine).Single(e => e["type"]!.GetValue<string>() == "user.role_changed")["detail"]!.GetValue<string>());
        Assert.Equal("account_locked", Items(mine).First(e => e["type"]!.GetValue<string>() == "user.sign_in_failed")["detail"]!.GetValue<string>());
        Assert.All(Items(mine), e => Assert.Equal(
            (ClientIp, ClientAgent, userId),
            (e["ip"]!.GetValue<string>(), e["userAgent"]!.GetValue<string>(), e["userId"]!.GetValue<string>())));
        Assert.Equal("failure", Items(mine).Single(e => e["type"]!.GetValue<string>() == "session.refresh_token_reused")["outcome"]!.GetValue<string>());
        Assert.Equal("success", Items(mine).Single(e => e["type"]!.GetValue<string>() == "user.signed_in")["outcome"]!.GetValue<string>());

        var ghostEntry = Assert.Single(Items(failures), e => e["subject"]?.GetValue<string>() == GhostEmail);
        Assert.Null(ghostEntry["userId"]);
        Assert.Equal(("invalid_credentials", "failure", ClientIp), (ghostEntry["detail"]!.GetValue<string>(), ghostEntry["outcome"]!.GetValue<string>(), ghostEntry["ip"]!.GetValue<string>()));
        Assert.Equal(7, failures.Json!["total"]!.GetValue<long>());

        Assert.Equal((1, 100), (everything.Json!["page"]!.GetValue<int>(), everything.Json!["pageSize"]!.GetValue<int>()));
        var times = Items(everything).Select(e => e["occurredAt"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        foreach (var entry in Items(everything))
        {
            var text = string.Join("|", new[] { "type", "subject", "ip", "userAgent", "detail", "outcome" }.Select(f => entry[f]?.ToString()));
            foreach (var secret in _secrets) Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong password", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ghost password", text, StringComparison.Ordinal);
            Assert.DoesNotContain("$argon2", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task ListAudit_ValidatesPaging()
    {
        var admin = (await SignedInAsync(AuthApiFactory.AdminEmail)).Get("accessToken");

        var tooBig = await _client.GetAsync("/api/v1/admin/audit?pageSize=101", admin);
        var zero = await _client.GetAsync("/api/v1/admin/audit?page=0", admin);
        var paged = await _client.GetAsync("/api/v1/admin/audit?page=2&pageSize=1", admin);

        Assert.Equal(("validation_failed", "validation_failed"), (tooBig.Code, zero.Code));
        Assert.Equal(HttpStatusCode.OK, paged.Status);
        Assert.Single(Items(paged));
        Assert.Equal(4, paged.Json!["total"]!.GetValue<long>()); // signed up, email verified, role changed to admin, signed in
    }

    /// <summary>Moves the clock, so that each request's entries have their own time.</summary>
    private void Step() => Factory.Clock.Advance(TimeSpan.FromSeconds(1));

    private static IEnumerable<JsonNode> Items(ApiResponse response) => response.Json!["items"]!.AsArray().Select(e => e!);

    private Task<ApiResponse> SignInAsync(string email, string password) =>
        _client.PostAsync("/api/v1/auth/sign-in", new { email, password });

    /// <summary>Signs up and verifies through the client with an address; returns the sign-up response (the user).</summary>
    private async Task<ApiResponse> SignUpVerifiedAsync(string email)
    {
        var signUp = await _client.PostAsync("/api/v1/auth/sign-up", new { name = "Ada Lovelace", email, password = AuthFlows.Password });
        Assert.Equal(HttpStatusCode.Created, signUp.Status);
        Step();
        var code = Mailbox.LatestCode(email, "Verify your email");
        _secrets.Add(code);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/v1/auth/email/verify", new { email, code })).Status);
        return signUp;
    }

    private async Task<ApiResponse> SignedInAsync(string email)
    {
        await SignUpVerifiedAsync(email);
        var signIn = await SignInAsync(email, AuthFlows.Password);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        _secrets.AddRange([signIn.Get("accessToken"), signIn.Get("refreshToken")]);
        return signIn;
    }

    private sealed class RemoteAddress(string ip) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Parse(ip);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
