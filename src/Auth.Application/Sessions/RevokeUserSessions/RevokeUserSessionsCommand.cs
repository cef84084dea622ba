using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.RevokeUserSessions;

/// <summary>An administrator ends every session of a user.</summary>
public sealed record RevokeUserSessionsCommand(UserId UserId) : ICommand<Result>;
