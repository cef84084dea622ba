using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.SignOutAll;

public sealed record SignOutAllCommand(UserId UserId) : ICommand<Result>;
