using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>
/// Names each operation after the endpoint class that maps it (<c>SignInEndpoint</c> → <c>signIn</c>), so a generated
/// client gets readable method names without a name written twice; an explicit <c>WithName</c> wins.
/// </summary>
internal sealed class OperationIdTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is null && EndpointClass(context.Description.ActionDescriptor.EndpointMetadata) is { } endpoint)
        {
            var name = OpenApiSetup.TrimSuffix(endpoint.Name, "Endpoint");
            operation.OperationId = char.ToLowerInvariant(name[0]) + name[1..];
        }

        return Task.CompletedTask;
    }

    /// <summary>The static class whose lambda handles the route: the handler method's declaring type, outside any closure class.</summary>
    private static Type? EndpointClass(IList<object> metadata)
    {
        var type = metadata.OfType<MethodInfo>().FirstOrDefault()?.DeclaringType;
        while (type is not null && type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false)) type = type.DeclaringType;
        return type;
    }
}
