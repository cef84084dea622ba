using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>
/// Says truthfully which members are always there and which may be null, from the C# types themselves:
/// a member declared non-nullable is required and never null (computed members such as <c>tokenType</c> included);
/// a member marked <c>[JsonIgnore(Condition = WhenWritingNull)]</c> is left out rather than sent as null, so it is
/// optional and never null.
/// </summary>
internal sealed class PropertyPresenceSchemaTransformer : IOpenApiSchemaTransformer
{
    private readonly NullabilityInfoContext _nullability = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is null || context.JsonTypeInfo.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object) return Task.CompletedTask;

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (!schema.Properties.TryGetValue(property.Name, out var member)) continue;
            var ignore = property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), true).OfType<JsonIgnoreAttribute>().FirstOrDefault();
            if (ignore?.Condition == JsonIgnoreCondition.WhenWritingNull)
            {
                schema.Required?.Remove(property.Name);
                NeverNull(member);
            }
            else if (property.AttributeProvider is PropertyInfo info && !info.PropertyType.IsValueType && _nullability.Create(info).ReadState == NullabilityState.NotNull)
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(property.Name);
                NeverNull(member);
            }
        }

        return Task.CompletedTask;
    }

    private static void NeverNull(IOpenApiSchema member)
    {
        if (member is OpenApiSchema { Type: { } type } concrete) concrete.Type = type & ~JsonSchemaType.Null;
    }
}
