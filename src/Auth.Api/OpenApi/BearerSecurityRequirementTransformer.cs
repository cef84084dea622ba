using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>
/// Puts the bearer requirement on every operation whose endpoint requires authorization (its own or its group's), and
/// an empty requirement (<c>{}</c>: no credentials) on the others, so each operation says which it is.
/// </summary>
internal sealed class BearerSecurityRequirementTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var needsToken = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();

        var requirement = new OpenApiSecurityRequirement();
        if (needsToken) requirement[new OpenApiSecuritySchemeReference(BearerSecuritySchemeTransformer.SchemeName, context.Document)] = [];
        operation.Security = [requirement];
        return Task.CompletedTask;
    }
}
