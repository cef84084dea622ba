using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Accounts.ListMyAccounts;

public sealed record ListMyAccountsQuery(UserId UserId) : IQuery<Result<IReadOnlyList<AccountDto>>>;
