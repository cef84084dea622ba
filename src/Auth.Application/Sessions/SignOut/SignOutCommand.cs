using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.SignOut;

public sealed record SignOutCommand(SessionId SessionId) : ICommand<Result>;
