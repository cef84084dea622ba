using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Users;
using Auth.Application.Users.ListMyPasskeys;
using Mediator;

namespace Auth.Api.Users;

internal static class ListMyPasskeysEndpoint
{
    public static RouteHandlerBuilder MapListMyPasskeys(this RouteGroupBuilder group) =>
        group.MapGet("/passkeys", async (IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ListMyPasskeysQuery(context.User.UserId()), ct)).ToHttp(context, list => TypedResults.Ok(list)))
            .WithSummary("The caller's passkeys, oldest first")
            .Produces<IReadOnlyList<PasskeyDto>>();
}
