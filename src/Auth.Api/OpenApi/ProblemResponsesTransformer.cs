using Auth.Api.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Auth.Api.OpenApi;

/// <summary>
/// The error answers that come from what a route is rather than from its use case: 400/413/415 for a route with a body
/// or query, 413 for any API route (the size limit runs before routing decides), 401 where a token is needed, 403 on
/// admin routes, 503 while the database is down. The use case's own errors are declared on each endpoint
/// (<c>ProducesProblem</c>). Every problem answer points at the one <see cref="ProblemSchema"/>.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = "/" + (context.Description.RelativePath ?? "");
        if (!path.StartsWith("/api/", StringComparison.Ordinal)) return Task.CompletedTask;

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorization = metadata.OfType<IAuthorizeData>().ToList();
        var hasBody = operation.RequestBody is not null;
        var hasQuery = operation.Parameters?.Any(p => p.In == ParameterLocation.Query) ?? false;

        operation.Responses ??= new OpenApiResponses();
        if (hasBody || hasQuery) Add(operation, context, StatusCodes.Status400BadRequest, "The request is malformed or a field is invalid (validation_failed).");
        Add(operation, context, StatusCodes.Status413PayloadTooLarge, "The body is larger than Api:MaxRequestBodyBytes.");
        if (hasBody) Add(operation, context, StatusCodes.Status415UnsupportedMediaType, "The body is not application/json.");
        if (authorization.Count > 0) Add(operation, context, StatusCodes.Status401Unauthorized, "No token, or an invalid, expired or revoked one.");
        if (authorization.Any(a => a.Policy == AuthenticationSetup.AdminPolicy)) Add(operation, context, StatusCodes.Status403Forbidden, "The caller is not an admin.");
        Add(operation, context, StatusCodes.Status503ServiceUnavailable, "The database does not answer.");

        foreach (var response in operation.Responses.Values)
            if (response.Content?.TryGetValue(ProblemSchema.MediaType, out var media) == true) media.Schema = ProblemSchema.ReferenceIn(context.Document!);
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description) =>
        operation.Responses!.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemSchema.MediaType] = new() { Schema = ProblemSchema.ReferenceIn(context.Document!) } },
        });
}
