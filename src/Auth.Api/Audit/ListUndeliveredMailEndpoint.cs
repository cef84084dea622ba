using Auth.Api.Errors;
using Auth.Application.Abstractions.Messaging;
using Auth.Application.Audit.ListUndeliveredMail;
using Mediator;

namespace Auth.Api.Audit;

internal static class ListUndeliveredMailEndpoint
{
    public static RouteHandlerBuilder MapListUndeliveredMail(this RouteGroupBuilder group) =>
        group.MapGet("/mail/undelivered", async (int? limit, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ListUndeliveredMailQuery(limit ?? 20), ct))
                .ToHttp(context, mail => TypedResults.Ok(mail)))
            .WithSummary("Mail given up after every delivery attempt, newest first (admin)")
            .WithDescription("Each message was tried `Email:Delivery:Attempts` times; its body (which may hold a code) is erased. Kept for `Email:Delivery:Retention`.")
            .Produces<IReadOnlyList<UndeliveredMail>>();
}
