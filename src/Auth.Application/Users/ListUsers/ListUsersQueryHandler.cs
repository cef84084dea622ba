using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Users.ListUsers;

public sealed class ListUsersQueryHandler(IUserRepository users, IMapper mapper)
    : IQueryHandler<ListUsersQuery, Result<PagedList<AdminUserDto>>>
{
    public async ValueTask<Result<PagedList<AdminUserDto>>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        Role? role = WireNames.TryParseRole(query.Role, out var parsed) ? parsed : null;
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var page = await users.ListAsync(new UserListFilter(query.Page, query.PageSize, role, query.Deleted, search), cancellationToken);
        return new PagedList<AdminUserDto>(page.Items.Select(mapper.Map<AdminUserDto>).ToList(), page.Page, page.PageSize, page.Total);
    }
}
