using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>Server URLs without a trailing slash, so that a client joining it with a path (<c>/api/v1/…</c>) gets no <c>//</c>.</summary>
internal sealed class ServerUrlTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var server in document.Servers ?? [])
            if (server.Url is { Length: > 1 } url) server.Url = url.TrimEnd('/');
        return Task.CompletedTask;
    }
}
