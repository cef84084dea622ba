using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Users.SetUserRole;

public sealed class SetUserRoleCommandHandler(IUserRepository users, TimeProvider clock, IMapper mapper)
    : ICommandHandler<SetUserRoleCommand, Result<AdminUserDto>>
{
    public async ValueTask<Result<AdminUserDto>> Handle(SetUserRoleCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        WireNames.TryParseRole(command.Role, out var role);
        user.ChangeRole(role, clock.GetUtcNow());
        return mapper.Map<AdminUserDto>(user);
    }
}
