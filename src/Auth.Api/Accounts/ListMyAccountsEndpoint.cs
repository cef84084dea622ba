using Auth.Api.Authentication;
using Auth.Api.Errors;
using Auth.Application.Accounts;
using Auth.Application.Accounts.ListMyAccounts;
using Mediator;

namespace Auth.Api.Accounts;

internal static class ListMyAccountsEndpoint
{
    public static RouteHandlerBuilder MapListMyAccounts(this RouteGroupBuilder group) =>
        group.MapGet("/accounts", async (IMediator mediator, HttpContext context, CancellationToken ct) =>
                (await mediator.Send(new ListMyAccountsQuery(context.User.UserId()), ct))
                .ToHttp(context, accounts => TypedResults.Ok(accounts)))
            .WithSummary("The provider accounts linked to the caller")
            .Produces<IReadOnlyList<AccountDto>>();
}
