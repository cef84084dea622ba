using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>Declares the one way to authenticate: <c>Authorization: Bearer</c> with an access token (JWT) or a session token.</summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT or opaque session token",
            Description = "An access token from sign-in, refresh or the OAuth exchange, or a session token from a sign-in with mode=session.",
        };
        return Task.CompletedTask;
    }
}
