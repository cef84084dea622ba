using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RestoreUser;

public sealed class RestoreUserCommandHandler(IUserRepository users, TimeProvider clock) : ICommandHandler<RestoreUserCommand, Result>
{
    public async ValueTask<Result> Handle(RestoreUserCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        user.Restore(clock.GetUtcNow());
        return Result.Success;
    }
}
