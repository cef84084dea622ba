using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.SetUserRole;

public sealed record SetUserRoleCommand(UserId UserId, string Role) : ICommand<Result<AdminUserDto>>;
