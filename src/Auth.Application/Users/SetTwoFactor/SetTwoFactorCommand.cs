using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.SetTwoFactor;

public sealed record SetTwoFactorCommand(UserId UserId, bool? Enabled) : ICommand<Result<UserDto>>;
