using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.RevokeUserSessions;

public sealed class RevokeUserSessionsCommandHandler(IUserRepository users, ISessionRepository sessions, TimeProvider clock)
    : ICommandHandler<RevokeUserSessionsCommand, Result>
{
    public async ValueTask<Result> Handle(RevokeUserSessionsCommand command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(command.UserId, cancellationToken) is null) return UserErrors.NotFound;
        await sessions.EndAllOfUserAsync(command.UserId, SessionRevocationReason.RevokedByAdmin, clock.GetUtcNow(), cancellationToken);
        return Result.Success;
    }
}
