using Auth.Api.Errors;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Audit;
using Auth.Application.Audit.ListAuditEntries;
using Mediator;

namespace Auth.Api.Audit;

internal static class ListAuditEntriesEndpoint
{
    public static RouteHandlerBuilder MapListAuditEntries(this RouteGroupBuilder group) =>
        group.MapGet("/audit", async (Guid? userId, string? type, int? page, int? pageSize, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ListAuditEntriesQuery(page ?? 1, pageSize ?? 20, userId, type), ct))
                .ToHttp(context, entries => TypedResults.Ok(entries)))
            .WithSummary("The audit trail (admin)")
            .Produces<PagedList<AuditEntryDto>>();
}
