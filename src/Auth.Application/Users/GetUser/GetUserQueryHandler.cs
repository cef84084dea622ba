using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Users.GetUser;

public sealed class GetUserQueryHandler(IUserRepository users, IMapper mapper) : IQueryHandler<GetUserQuery, Result<AdminUserDto>>
{
    public async ValueTask<Result<AdminUserDto>> Handle(GetUserQuery query, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdReadOnlyAsync(query.UserId, cancellationToken);
        return user is null ? UserErrors.NotFound : mapper.Map<AdminUserDto>(user);
    }
}
