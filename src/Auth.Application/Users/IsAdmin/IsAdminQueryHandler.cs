using Auth.Application.Abstractions.Persistence;
using Mediator;

namespace Auth.Application.Users.IsAdmin;

public sealed class IsAdminQueryHandler(IUserRepository users) : IQueryHandler<IsAdminQuery, bool>
{
    public async ValueTask<bool> Handle(IsAdminQuery query, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdReadOnlyAsync(query.UserId, cancellationToken);
        return user?.MayAdminister == true;
    }
}
