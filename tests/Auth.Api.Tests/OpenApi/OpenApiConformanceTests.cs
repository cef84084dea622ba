using System.Text.Json.Nodes;
using Auth.Api.Tests.TestSupport;
using Auth.Api.Tests.TestSupport.OpenApi;

namespace Auth.Api.Tests.OpenApi;

/// <summary>
/// The checker every API test's answers go through (<see cref="AuthApiFactory"/> runs it when a factory ends) tells
/// a documented answer from an undocumented status, a wrong body and an undocumented media type.
/// </summary>
public sealed class OpenApiConformanceTests : ApiTestBase
{
    private const string Json = "application/json; charset=utf-8";

    [Fact]
    public async Task ADocumentedAnswer_HasNoViolation()
    {
        var conformance = await ConformanceAsync();

        Assert.Empty(conformance.Violations(new RecordedAnswer("POST", "/api/v1/auth/otp/send", 202, Json, """{"nextResendAllowedAt":"2026-12-02T10:00:00+00:00"}""")));
        Assert.Empty(conformance.Violations(new RecordedAnswer("GET", "/api/v1/users/me", 401, "application/problem+json",
            """{"type":"https://auth/errors/unauthorized","title":"Unauthorized","status":401,"code":"unauthorized"}""")));
    }

    [Fact]
    public async Task AnUndocumentedStatus_IsAViolation()
    {
        var conformance = await ConformanceAsync();

        var violation = Assert.Single(conformance.Violations(new RecordedAnswer("GET", "/api/v1/users/me", 418, null, "")));

        Assert.Contains("status 418 is not documented", violation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatDoesNotMatchItsSchema_IsAViolation()
    {
        var conformance = await ConformanceAsync();

        var violation = Assert.Single(conformance.Violations(new RecordedAnswer("GET", "/.well-known/jwks.json", 200, Json, """{"keys":[{"kty":"EC"}]}""")));
        var problemWithoutCode = Assert.Single(conformance.Violations(new RecordedAnswer("GET", "/api/v1/users/me", 401, "application/problem+json", """{"title":"Unauthorized"}""")));

        Assert.Contains("does not match its schema", violation, StringComparison.Ordinal);
        Assert.Contains("does not match its schema", problemWithoutCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUndocumentedMediaType_IsAViolation()
    {
        var conformance = await ConformanceAsync();

        var violation = Assert.Single(conformance.Violations(new RecordedAnswer("GET", "/api/v1/users/me", 401, Json, """{"error":"nope"}""")));

        Assert.Contains("a application/json body is not documented", violation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersOutsideTheDocument_AreNotItsBusiness()
    {
        var conformance = await ConformanceAsync();

        Assert.Empty(conformance.Violations(new RecordedAnswer("GET", "/health/live", 200, "text/plain", "Healthy")));
        Assert.Empty(conformance.Violations(new RecordedAnswer("GET", "/api/v1/admin/users/not-a-guid", 404, "application/problem+json", "{}")));
    }

    private async Task<OpenApiConformance> ConformanceAsync() =>
        new(JsonNode.Parse((await Api.GetAsync("/openapi/v1.json")).Body)!);
}
