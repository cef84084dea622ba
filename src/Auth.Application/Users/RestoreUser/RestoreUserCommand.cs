using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RestoreUser;

public sealed record RestoreUserCommand(UserId UserId) : ICommand<Result>;
