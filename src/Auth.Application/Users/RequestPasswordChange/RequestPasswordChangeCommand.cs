using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RequestPasswordChange;

public sealed record RequestPasswordChangeCommand(UserId UserId) : ICommand<Result<DateTimeOffset>>;
