using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Users.SetTwoFactor;

public sealed class SetTwoFactorCommandHandler(IUserRepository users, TimeProvider clock, IMapper mapper)
    : ICommandHandler<SetTwoFactorCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(SetTwoFactorCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        user.SetTwoFactor(command.Enabled!.Value, clock.GetUtcNow());
        return mapper.Map<UserDto>(user);
    }
}
