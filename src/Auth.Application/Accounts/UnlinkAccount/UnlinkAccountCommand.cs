using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Accounts.UnlinkAccount;

/// <summary>Removes the caller's account of <paramref name="Provider"/> (<c>google</c>, <c>github</c>).</summary>
public sealed record UnlinkAccountCommand(UserId UserId, string Provider) : ICommand<Result>;
