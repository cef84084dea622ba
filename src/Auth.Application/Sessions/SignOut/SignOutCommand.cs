using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.SignOut;

/// <summary>Ends the caller's session. Retried when it races a refresh of the same session, so the sign-out always wins.</summary>
public sealed record SignOutCommand(SessionId SessionId) : ICommand<Result>, IRetryOnConcurrencyConflict;
