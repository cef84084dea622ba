using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Accounts.UnlinkAccount;
using Mediator;

namespace Auth.Api.Accounts;

internal static class UnlinkAccountEndpoint
{
    public static RouteHandlerBuilder MapUnlinkAccount(this RouteGroupBuilder group) =>
        group.MapDelete("/accounts/{provider}", async (string provider, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new UnlinkAccountCommand(context.User.UserId(), provider), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Unlink a provider account")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
