using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Accounts.ListMyAccounts;

public sealed class ListMyAccountsQueryHandler(IAccountRepository accounts, IMapper mapper)
    : IQueryHandler<ListMyAccountsQuery, Result<IReadOnlyList<AccountDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AccountDto>>> Handle(ListMyAccountsQuery query, CancellationToken cancellationToken)
    {
        var linked = await accounts.ListByUserAsync(query.UserId, cancellationToken);
        return Result<IReadOnlyList<AccountDto>>.From(linked.Select(mapper.Map<AccountDto>).ToList());
    }
}
