using Auth.Api.Errors;
using Auth.Application.Users.ResetSecondFactors;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Api.Users;

internal static class ResetSecondFactorsEndpoint
{
    public static RouteHandlerBuilder MapResetSecondFactors(this RouteGroupBuilder group) =>
        group.MapPost("/users/{id:guid}/two-factor/reset", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ResetSecondFactorsCommand(new UserId(id)), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Remove a user's second factors: authenticator app, recovery codes and emailed code (admin)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status204NoContent);
}
