using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.UnlockUser;

public sealed class UnlockUserCommandHandler(IUserRepository users, TimeProvider clock) : ICommandHandler<UnlockUserCommand, Result>
{
    public async ValueTask<Result> Handle(UnlockUserCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        user.Unlock(clock.GetUtcNow());
        return Result.Success;
    }
}
