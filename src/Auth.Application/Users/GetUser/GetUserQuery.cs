using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.GetUser;

public sealed record GetUserQuery(UserId UserId) : IQuery<Result<AdminUserDto>>;
