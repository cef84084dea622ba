using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Users.UpdateProfile;

public sealed class UpdateProfileCommandHandler(IUserRepository users, TimeProvider clock, IMapper mapper)
    : ICommandHandler<UpdateProfileCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(UpdateProfileCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;

        var name = command.Name is null ? null : PersonName.Create(command.Name).Value;
        var avatar = command.Avatar is { } a ? Avatar.Create(a.Url, a.PublicId, a.Size).Value : null;
        user.UpdateProfile(name, avatar, clock.GetUtcNow());
        return mapper.Map<UserDto>(user);
    }
}
