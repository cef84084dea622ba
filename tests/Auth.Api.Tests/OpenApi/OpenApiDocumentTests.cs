using System.Net;
using System.Text.Json.Nodes;
using Auth.Api.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace Auth.Api.Tests.OpenApi;

/// <summary>What a client generator reads from <c>/openapi/v1.json</c>: names it can tell apart, and where a token goes.</summary>
public sealed class OpenApiDocumentTests : ApiTestBase
{
    [Fact]
    public async Task EveryRequestBody_HasASchemaOfItsOwn()
    {
        var bodies = Operations(await DocumentAsync())
            .Select(o => o.Operation["requestBody"]?["content"]?["application/json"]?["schema"]?.ToJsonString())
            .OfType<string>()
            .ToList();

        Assert.True(bodies.Count >= 15, $"only {bodies.Count} request bodies");
        Assert.Equal(bodies.Count, bodies.Distinct().Count());
        Assert.Contains(bodies, b => b.Contains("#/components/schemas/SignInRequest", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("#/components/schemas/RefreshRequest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryOperation_HasAUniqueOperationId()
    {
        var ids = Operations(await DocumentAsync()).Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();

        Assert.DoesNotContain(null, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("signIn", ids);
        Assert.Contains("getMe", ids);
    }

    [Fact]
    public async Task ProtectedRoutes_AndOnlyThose_RequireTheBearerScheme()
    {
        var document = await DocumentAsync();

        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>());
        foreach (var (path, method, operation) in Operations(document))
        {
            var requirements = operation["security"]!.AsArray();
            var secured = requirements.Any(r => r!.AsObject().ContainsKey("Bearer"));
            var needsToken = path.StartsWith("/api/v1/users/me", StringComparison.Ordinal) || path.StartsWith("/api/v1/admin", StringComparison.Ordinal)
                || path is "/api/v1/auth/sign-out" or "/api/v1/auth/sign-out/all" or "/api/v1/auth/password/change" or "/api/v1/auth/password/change/request";
            Assert.True(secured == needsToken, $"{method.ToUpperInvariant()} {path}: security {(secured ? "declared" : "missing")}");
        }
    }

    [Fact]
    public async Task TheDocument_IsServedOutsideDevelopment_AndCanBeTurnedOff()
    {
        using var production = Factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var off = Factory.WithWebHostBuilder(b => b.UseSetting("Api:OpenApi:Enabled", "false"));

        Assert.Equal(HttpStatusCode.OK, (await production.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await off.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
    }

    private async Task<JsonNode> DocumentAsync()
    {
        var response = await Api.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Json!;
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path =>
            path.Value!.AsObject().Select(operation => (path.Key, operation.Key, operation.Value!)));
}
