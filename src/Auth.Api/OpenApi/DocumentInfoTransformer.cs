using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>The document's own text: what each tag groups, and no schema left that nothing refers to.</summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Auth"] = "Sign-up, sign-in (password, emailed code, Google, GitHub), tokens, sign-out, passwords, reactivation.",
        ["Me"] = "The signed-in user's own account, sessions and linked provider accounts.",
        ["Admin"] = "User administration and the audit trail; admins only.",
        ["Well-known"] = "Keys and discovery for resource servers that verify the access tokens.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Description ??= "Sign-up, sign-in, one-time codes, sessions and token rotation. Errors are RFC 9457 problem details with a stable `code`.";
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description = description;
        document.Components?.Schemas?.Remove("ProblemDetails");
        return Task.CompletedTask;
    }
}
