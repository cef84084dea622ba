using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.DeleteUser;

public sealed class DeleteUserCommandHandler(IUserRepository users, ISessionRepository sessions, AuthSettings settings, TimeProvider clock)
    : ICommandHandler<DeleteUserCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteUserCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var now = clock.GetUtcNow();
        user.SoftDelete(now, settings.Reactivation);
        await sessions.EndAllOfUserAsync(user.Id, SessionRevocationReason.RevokedByAdmin, now, cancellationToken);
        return Result.Success;
    }
}
