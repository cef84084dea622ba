using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.RevokeUserSessions;

/// <summary>An administrator ends every session of a user. Retried when it races a refresh, so the revocation always wins.</summary>
public sealed record RevokeUserSessionsCommand(UserId UserId) : ICommand<Result>, IRetryOnConcurrencyConflict;
