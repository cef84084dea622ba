using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Api.OpenApi;
using Auth.Application.Users.DeleteMe;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Users;

internal static class DeleteMeEndpoint
{
    public sealed record Request([property: OptionalMember] string? Password);

    public static RouteHandlerBuilder MapDeleteMe(this RouteGroupBuilder group) =>
        group.MapDelete("/", async ([FromBody] Request? request, IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new DeleteMeCommand(context.User.UserId(), request?.Password), ct))
                .ToHttp(context, () => TypedResults.NoContent()))
            .WithSummary("Delete the caller's account (soft delete)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status204NoContent);
}
