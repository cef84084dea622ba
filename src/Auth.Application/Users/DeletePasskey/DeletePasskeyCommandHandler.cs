using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.DeletePasskey;

public sealed class DeletePasskeyCommandHandler(IUserRepository users, IPasskeyRepository passkeys, IAccountRepository accounts, TimeProvider clock)
    : ICommandHandler<DeletePasskeyCommand, Result>
{
    public async ValueTask<Result> Handle(DeletePasskeyCommand command, CancellationToken cancellationToken)
    {
        var passkey = await passkeys.FindByIdAsync(command.PasskeyId, cancellationToken);
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (passkey is null || user is null || passkey.UserId != user.Id) return PasskeyErrors.NotFound;

        var linked = await accounts.ListByUserAsync(user.Id, cancellationToken);
        var removed = passkey.Remove(user, linked.Count, clock.GetUtcNow());
        if (removed.IsSuccess) passkeys.Remove(passkey);
        return removed;
    }
}
