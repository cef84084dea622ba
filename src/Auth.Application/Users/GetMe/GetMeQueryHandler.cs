using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Users.GetMe;

public sealed class GetMeQueryHandler(IUserRepository users, IMapper mapper) : IQueryHandler<GetMeQuery, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdReadOnlyAsync(query.UserId, cancellationToken);
        return user is null ? UserErrors.NotFound : mapper.Map<UserDto>(user);
    }
}
