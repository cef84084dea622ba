using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

/// <summary>Admin listing: 1-based page, optional role, deleted flag and a search over name and email.</summary>
public sealed record UserListFilter(int Page, int PageSize, Role? Role, bool? Deleted, string? Search);
