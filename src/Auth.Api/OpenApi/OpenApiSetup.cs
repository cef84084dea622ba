using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, served in every environment unless <c>Api:OpenApi:Enabled</c> is
/// false: one schema name per type, an operation id per route, the bearer scheme on the routes that need it.
/// </summary>
internal static class OpenApiSetup
{
    public const string EnabledKey = "Api:OpenApi:Enabled";

    public static IServiceCollection AddAuthOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.CreateSchemaReferenceId = SchemaName;
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddDocumentTransformer<ServerUrlTransformer>();
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddSchemaTransformer<PropertyPresenceSchemaTransformer>();
            options.AddSchemaTransformer<RequestSchemaTransformer>();
            options.AddOperationTransformer<OperationIdTransformer>();
            options.AddOperationTransformer<BearerSecurityRequirementTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
            options.AddOperationTransformer<OneOfResponseTransformer>();
        });

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(EnabledKey, true);

    /// <summary>
    /// The default names a schema by its type's short name, so every endpoint's nested <c>Request</c> shared one
    /// schema. A request or response type nested in an endpoint class is named with the endpoint's name instead:
    /// <c>SignInEndpoint.Request</c> is <c>SignInRequest</c>.
    /// </summary>
    private static string? SchemaName(JsonTypeInfo type)
    {
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        var endpoint = type.Type.DeclaringType;
        if (name is null || endpoint is null || !(name.EndsWith("Request", StringComparison.Ordinal) || name.EndsWith("Response", StringComparison.Ordinal)))
            return name;
        return $"{TrimSuffix(endpoint.Name, "Endpoint")}{name}";
    }

    internal static string TrimSuffix(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length ? name[..^suffix.Length] : name;
}
