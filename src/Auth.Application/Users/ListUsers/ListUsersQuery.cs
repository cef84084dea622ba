using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Users.ListUsers;

/// <summary>Admin listing. <see cref="Role"/> is "user" or "admin"; <see cref="Search"/> matches name or email.</summary>
public sealed record ListUsersQuery(int Page, int PageSize, string? Role, bool? Deleted, string? Search)
    : IQuery<Result<PagedList<AdminUserDto>>>
{
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 100;
}
