using System.Net.Http.Headers;
using System.Text;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

/// <summary>
/// Thousands of generated malformed requests across every route: random JSON shapes, wrong types, huge, unicode
/// and control strings, SQL and NoSQL injection, bad headers. None may get a 5xx or a body that is not problem
/// details, and none may change the database. Valid bearer tokens go only to routes that cannot change state with
/// a bogus id or query (the admin routes), so every request here must be refused.
/// </summary>
public sealed class FuzzingTests : ApiTestBase
{
    private const int RequestCount = 1500;

    private static readonly (string Method, string Path, bool Authenticated)[] Routes =
    [
        ("POST", "/api/v1/auth/sign-up", false), ("POST", "/api/v1/auth/email/verify", false),
        ("POST", "/api/v1/auth/otp/send", false), ("POST", "/api/v1/auth/sign-in", false),
        ("POST", "/api/v1/auth/sign-in/otp", false), ("POST", "/api/v1/auth/refresh", false),
        ("POST", "/api/v1/auth/sign-out", false), ("POST", "/api/v1/auth/sign-out/all", false),
        ("POST", "/api/v1/auth/password/forgot", false), ("POST", "/api/v1/auth/password/reset", false),
        ("POST", "/api/v1/auth/password/change/request", false), ("POST", "/api/v1/auth/password/change", false),
        ("POST", "/api/v1/auth/reactivate", false), ("GET", "/api/v1/users/me", false), ("PATCH", "/api/v1/users/me", false),
        ("PUT", "/api/v1/users/me/two-factor", false), ("DELETE", "/api/v1/users/me", false), ("GET", "/api/v1/users/me/sessions", false),
        ("DELETE", "/api/v1/users/me/sessions/{id}", false), ("GET", "/api/v1/admin/users", true), ("GET", "/api/v1/admin/users/{id}", true),
        ("PUT", "/api/v1/admin/users/{id}/role", true), ("POST", "/api/v1/admin/users/{id}/unlock", false),
        ("POST", "/api/v1/admin/users/{id}/sessions/revoke", false), ("DELETE", "/api/v1/admin/users/{id}", false),
        ("POST", "/api/v1/admin/users/{id}/restore", false),
    ];

    private static readonly string[] Fields =
        ["name", "email", "password", "code", "type", "mode", "refreshToken", "newPassword", "currentPassword", "enabled", "role", "avatar", "$where", "__proto__"];

    private static readonly string[] NastyStrings =
    [
        "", " ", "\u0000", "\u0007\u001b[31m", "' OR 1=1 --", "admin'--", "\"; DROP TABLE users; --", "{\"$ne\":null}", "$gt",
        "<script>alert(1)</script>", "../../etc/passwd", "%00", "\ud83d\ude00\u202e\u200b", "𝕬𝖚𝖙𝖍", "ａｄｍｉｎ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        "a@", "@b.c", "a@b", "a b@c.de", "a@@b.co", "javascript:alert(1)", "${jndi:ldap://x}", "null", "undefined", "NaN",
        "-1", "1e309", "0x41", "signin", "session", "admin", "root", "password-change",
    ];

    [Fact]
    public async Task ThousandsOfMalformedRequests_GetProblemDetails_NeverA5xx_AndChangeNothing()
    {
        var user = await Flows.SignedInAsync("fuzz-user@example.com");
        var admin = await Flows.SignedInAsync(AuthApiFactory.AdminEmail);
        var bearers = new Dictionary<string, string> { ["user"] = user.Get("accessToken"), ["admin"] = admin.Get("accessToken") };
        var before = DatabaseSnapshot.Take(Factory.DatabasePath);
        var random = new Random(20261126);
        var failures = new List<string>();

        for (var i = 0; i < RequestCount; i++)
        {
            var route = Routes[random.Next(Routes.Length)];
            using var request = BuildRequest(random, route, bearers);
            using var response = await Api.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" && body.Contains("\"code\":", StringComparison.Ordinal);
            if (status >= 500 || status < 400 || !problem)
                failures.Add($"{request.Method} {request.RequestUri} → {status} {body[..Math.Min(body.Length, 200)]}");
        }

        Assert.Empty(failures);
        Assert.Equal(before, DatabaseSnapshot.Take(Factory.DatabasePath));
    }

    private static HttpRequestMessage BuildRequest(Random random, (string Method, string Path, bool Authenticated) route, Dictionary<string, string> bearers)
    {
        var path = route.Path.Replace("{id}", random.Next(3) switch { 0 => Guid.NewGuid().ToString(), 1 => "not-a-guid", _ => "00000000-0000-0000-0000-000000000000" });
        if (route.Path.EndsWith("/admin/users", StringComparison.Ordinal)) path += Query(random);
        var request = new HttpRequestMessage(new HttpMethod(route.Method), path);

        if (route.Authenticated && random.Next(4) > 0)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearers[route.Path.Contains("/admin/", StringComparison.Ordinal) ? "admin" : "user"]);
        else if (random.Next(3) == 0)
            request.Headers.TryAddWithoutValidation("Authorization", BadAuthorization(random));

        if (route.Method != "GET" && random.Next(8) > 0)
        {
            var (body, contentType) = Body(random);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return request;
    }

    private static string Query(Random random) => random.Next(4) switch
    {
        0 => "?page=-1&pageSize=0",
        1 => $"?page=abc&pageSize={int.MaxValue}0",
        2 => "?role=" + Uri.EscapeDataString(NastyStrings[random.Next(NastyStrings.Length)]),
        _ => "?deleted=maybe&q=" + new string('x', 500),
    };

    private static string BadAuthorization(Random random) => random.Next(6) switch
    {
        0 => "Bearer",
        1 => "Bearer " + new string('A', 5000),
        2 => "Basic YWRtaW46YWRtaW4=",
        3 => "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZSI6ImFkbWluIn0.",
        4 => "Bearer a.b.c",
        _ => "Bearer \u00ff\u00fe",
    };

    private static (byte[] Body, string ContentType) Body(Random random)
    {
        var contentType = random.Next(10) switch { 0 => "text/plain", 1 => "application/xml", 2 => "application/json; charset=utf-16", _ => "application/json" };
        var text = random.Next(10) switch
        {
            0 => "{\"email\":",
            1 => new string('[', 5000),
            2 => "{\"name\":\"" + new string('a', 20_000) + "\"}",
            3 => Encoding.Latin1.GetString(Enumerable.Range(0, 64).Select(_ => (byte)random.Next(256)).ToArray()),
            _ => RandomObject(random),
        };
        return (Encoding.UTF8.GetBytes(text), contentType);
    }

    /// <summary>A JSON object of random fields with random values; never a valid email, so nothing well-formed gets through.</summary>
    private static string RandomObject(Random random)
    {
        var members = Enumerable.Range(0, random.Next(0, 6)).Select(_ => $"\"{Fields[random.Next(Fields.Length)]}\":{RandomValue(random, 0)}");
        return "{" + string.Join(",", members) + "}";
    }

    private static string RandomValue(Random random, int depth) => random.Next(depth > 2 ? 6 : 9) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => random.Next(-5, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        3 => "1.5e400",
        4 => System.Text.Json.JsonSerializer.Serialize(NastyStrings[random.Next(NastyStrings.Length)]),
        5 => System.Text.Json.JsonSerializer.Serialize(new string((char)random.Next(32, 0x2FFF), random.Next(0, 300))),
        6 => "[" + RandomValue(random, depth + 1) + "," + RandomValue(random, depth + 1) + "]",
        7 => "{\"$ne\":" + RandomValue(random, depth + 1) + "}",
        _ => "{\"url\":" + RandomValue(random, depth + 1) + ",\"size\":" + RandomValue(random, depth + 1) + "}",
    };
}
