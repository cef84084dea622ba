using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.RevokeMySession;

/// <summary>Ends one of the caller's sessions. Retried when it races a refresh, so the revocation always wins.</summary>
public sealed record RevokeMySessionCommand(UserId UserId, SessionId SessionId) : ICommand<Result>, IRetryOnConcurrencyConflict;
