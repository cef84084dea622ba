using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>
/// Request bodies as a client should send them. The records declare every member nullable so that a missing field
/// reaches the validator and answers 400 <c>validation_failed</c> with its name instead of a binder error; the
/// document says what succeeds: no member is null, each is required unless marked <see cref="OptionalMemberAttribute"/>,
/// and the usual members carry an example.
/// </summary>
internal sealed class RequestSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<string, JsonNode> Examples = new()
    {
        ["name"] = "Ada Lovelace",
        ["email"] = "ada@example.com",
        ["password"] = "correct horse battery staple",
        ["currentPassword"] = "correct horse battery staple",
        ["newPassword"] = "a new and longer passphrase",
        ["code"] = "123456",
        ["mode"] = "token",
        ["type"] = "signin",
        ["role"] = "admin",
        ["refreshToken"] = "kZ3n0m2pX8v1Qe6sT4yB7cJ9dH5gF0aL2wR8uI3oE1M",
        ["enabled"] = true,
        ["url"] = "https://cdn.example.com/avatars/ada.png",
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is null || !IsRequestBody(type)) return Task.CompletedTask;

        schema.Required = new HashSet<string>();
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (!schema.Properties.TryGetValue(property.Name, out var member)) continue;
            var optional = property.AttributeProvider?.IsDefined(typeof(OptionalMemberAttribute), true) ?? false;
            if (!optional) schema.Required.Add(property.Name);

            member = WithoutNull(member);
            if (member is OpenApiSchema concrete && Examples.TryGetValue(property.Name, out var example)) concrete.Examples = [example.DeepClone()];
            schema.Properties[property.Name] = member;
        }

        return Task.CompletedTask;
    }

    private static bool IsRequestBody(Type type) =>
        type.Name.EndsWith("Request", StringComparison.Ordinal) && type.DeclaringType?.Name.EndsWith("Endpoint", StringComparison.Ordinal) == true;

    /// <summary>The member's schema without its null alternative: <c>["null","string"]</c> becomes <c>"string"</c>, <c>oneOf [null, X]</c> becomes X.</summary>
    private static IOpenApiSchema WithoutNull(IOpenApiSchema member)
    {
        if (member is not OpenApiSchema concrete) return member;
        if (concrete.OneOf is { Count: 2 } alternatives && alternatives.Any(a => a.Type == JsonSchemaType.Null))
            return alternatives.First(a => a.Type != JsonSchemaType.Null);
        if (concrete.Type is { } type) concrete.Type = type & ~JsonSchemaType.Null;
        return concrete;
    }
}
