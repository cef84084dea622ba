using System.Net;
using System.Text;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

/// <summary>No request, however malformed, gets a 500: each is a 4xx problem details with a code.</summary>
public sealed class MalformedRequestTests : ApiTestBase
{
    public static TheoryData<string, string, string?, string?, int, string> Cases => new()
    {
        { "POST", "/api/v1/auth/sign-up", "application/json", "{not json", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-up", "application/json", "", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-up", "application/json", "[]", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-up", "application/json", "{\"name\":1,\"email\":true,\"password\":[]}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-up", "application/json", "{}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-up", "application/json", "{\"name\":\"A\",\"email\":\"not-an-email\",\"password\":\"long enough pass\"}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-up", "application/json", "{\"name\":\"A\",\"email\":\"a@b.co\",\"password\":\"short\"}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-up", "application/json", "{\"name\":\"A\\u0000B\",\"email\":\"a@b.co\",\"password\":\"long enough pass\"}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-up", "text/plain", "name=a", 415, "unsupported_media_type" },
        { "POST", "/api/v1/auth/sign-in", "application/json", "{\"email\":{\"$ne\":null},\"password\":\"x\"}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-in", "application/json", "{\"email\":\"' OR 1=1 --\",\"password\":\"x\"}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-in", "application/json", "{\"email\":\"a@b.co\",\"password\":\"" + new string('x', 129) + "\"}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/sign-in", "application/json", "{\"email\":\"a@b.co\",\"password\":\"x\",\"mode\":7}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/otp/send", "application/json", "{\"email\":\"a@b.co\",\"type\":\"password-change\"}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/email/verify", "application/json", "{\"email\":\"a@b.co\",\"code\":\"12ab56\"}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/refresh", "application/json", "{\"refreshToken\":\"../../etc/passwd\"}", 400, "validation_failed" },
        { "POST", "/api/v1/auth/refresh", "application/json", "{\"refreshToken\":null}", 400, "validation_failed" },
        { "GET", "/api/v1/users/me", null, null, 401, "unauthorized" },
        { "GET", "/api/v1/admin/users/not-a-guid", null, null, 404, "not_found" },
        { "GET", "/api/v1/nowhere", null, null, 404, "not_found" },
        { "DELETE", "/api/v1/auth/sign-in", null, null, 405, "method_not_allowed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MalformedRequest_GetsA4xxProblemDetails(string method, string path, string? contentType, string? body, int status, string code)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (contentType is not null) request.Content = new StringContent(body ?? "", Encoding.UTF8, contentType);

        using var response = await Api.Http.SendAsync(request);
        var parsed = await ApiResponse.ReadAsync(response);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", parsed.ContentType);
        Assert.Equal(code, parsed.Code);
        Assert.DoesNotContain("   at ", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizeBody_Gets413ProblemDetails()
    {
        var huge = "{\"name\":\"" + new string('a', 64 * 1024) + "\"}";
        using var content = new StringContent(huge, Encoding.UTF8, "application/json");

        using var response = await Api.Http.PostAsync("/api/v1/auth/sign-up", content);
        var parsed = await ApiResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", parsed.Code);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        var response = await Api.GetAsync("/health/live");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
