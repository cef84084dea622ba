using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Users.SetUserRole;

/// <summary>A changed role ends the user's sessions: their tokens carry the old role.</summary>
public sealed class SetUserRoleCommandHandler(IUserRepository users, ISessionRepository sessions, TimeProvider clock, IMapper mapper)
    : ICommandHandler<SetUserRoleCommand, Result<AdminUserDto>>
{
    public async ValueTask<Result<AdminUserDto>> Handle(SetUserRoleCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        WireNames.TryParseRole(command.Role, out var role);
        var now = clock.GetUtcNow();
        if (user.ChangeRole(role, now)) await sessions.EndAllOfUserAsync(user.Id, SessionRevocationReason.RevokedByAdmin, now, cancellationToken);
        return mapper.Map<AdminUserDto>(user);
    }
}
