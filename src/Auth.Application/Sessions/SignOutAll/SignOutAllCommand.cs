using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.SignOutAll;

/// <summary>Ends every session of the caller. Retried when it races a refresh, so the revocation always wins.</summary>
public sealed record SignOutAllCommand(UserId UserId) : ICommand<Result>, IRetryOnConcurrencyConflict;
