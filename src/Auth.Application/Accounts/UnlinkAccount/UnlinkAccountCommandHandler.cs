using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Accounts.UnlinkAccount;

public sealed class UnlinkAccountCommandHandler(IUserRepository users, IAccountRepository accounts, TimeProvider clock)
    : ICommandHandler<UnlinkAccountCommand, Result>
{
    public async ValueTask<Result> Handle(UnlinkAccountCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var linked = await accounts.ListByUserAsync(user.Id, cancellationToken);
        var account = WireNames.TryParseProvider(command.Provider, out var provider)
            ? linked.FirstOrDefault(a => a.Provider == provider)
            : null;
        if (account is null) return AccountErrors.NotLinked;

        var unlinked = account.Unlink(user, linked, clock.GetUtcNow());
        if (unlinked.IsSuccess) accounts.Remove(account);
        return unlinked;
    }
}
