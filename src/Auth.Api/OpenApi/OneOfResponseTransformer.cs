using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>
/// Writes <see cref="OneOfResponse"/> metadata as a <c>oneOf</c> of the types' schemas: <c>Produces</c> keeps only the
/// last type declared for a status, so sign-in documented the session-token body and not the token pair.
/// </summary>
internal sealed class OneOfResponseTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var oneOf in context.Description.ActionDescriptor.EndpointMetadata.OfType<OneOfResponse>())
        {
            var status = oneOf.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses?.TryGetValue(status, out var response) != true || response!.Content is null) continue;

            var alternatives = new List<IOpenApiSchema>();
            var mapping = new Dictionary<string, OpenApiSchemaReference>();
            foreach (var (value, type) in oneOf.Mapping)
            {
                var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
                ReferenceNamedMembers(schema, type, context.Document!);
                context.Document!.AddComponent(type.Name, schema);
                alternatives.Add(new OpenApiSchemaReference(type.Name, context.Document));
                mapping[value] = new OpenApiSchemaReference(type.Name, context.Document);
            }

            response.Content["application/json"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    OneOf = alternatives,
                    Discriminator = new OpenApiDiscriminator { PropertyName = oneOf.Discriminator, Mapping = mapping },
                },
            };
        }
    }

    /// <summary>
    /// A schema made here inlines its members' types; a member whose type is a named schema of the document (the
    /// <c>user</c> of a grant is a <c>UserDto</c>) points at it instead, so it keeps that schema's nullability.
    /// </summary>
    private static void ReferenceNamedMembers(IOpenApiSchema schema, Type type, OpenApiDocument document)
    {
        if (schema.Properties is null) return;
        foreach (var member in type.GetProperties())
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);
            if (schema.Properties.ContainsKey(name) && !member.PropertyType.IsPrimitive && member.PropertyType.Namespace?.StartsWith("Auth.", StringComparison.Ordinal) == true)
                schema.Properties[name] = new OpenApiSchemaReference(member.PropertyType.Name, document);
        }
    }
}
