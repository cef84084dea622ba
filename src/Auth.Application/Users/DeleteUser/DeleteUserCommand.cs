using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.DeleteUser;

/// <summary>An administrator soft-deletes a user; the user's sessions end.</summary>
public sealed record DeleteUserCommand(UserId UserId) : ICommand<Result>;
