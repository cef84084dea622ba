using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.GetMe;

public sealed record GetMeQuery(UserId UserId) : IQuery<Result<UserDto>>;
