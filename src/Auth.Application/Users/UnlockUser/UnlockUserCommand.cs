using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.UnlockUser;

public sealed record UnlockUserCommand(UserId UserId) : ICommand<Result>;
