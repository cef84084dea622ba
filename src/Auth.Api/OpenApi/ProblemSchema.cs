using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>
/// The one body of every error answer (RFC 9457 problem details with the contract's <c>code</c>), as the schema
/// <c>Problem</c>. Some codes add members: <c>errors</c> (validation_failed), <c>lockedUntil</c> (account_locked),
/// <c>reactivateAvailableAt</c> (account_deleted); more may come, so other members are allowed.
/// </summary>
internal static class ProblemSchema
{
    public const string Name = "Problem";
    public const string MediaType = "application/problem+json";

    public static IOpenApiSchema ReferenceIn(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(Name, Create());
        return new OpenApiSchemaReference(Name, document);
    }

    private static OpenApiSchema Create() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "type", "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI that identifies the error code." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The stable error code (docs/errors.md)." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "validation_failed: the messages per field.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["lockedUntil"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "account_locked: when the lock ends." },
            ["reactivateAvailableAt"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "account_deleted: when the owner may reactivate." },
        },
    };
}
