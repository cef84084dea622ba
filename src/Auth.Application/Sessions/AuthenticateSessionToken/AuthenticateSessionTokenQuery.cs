using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Sessions.AuthenticateSessionToken;

/// <summary>
/// Checks a session-mode bearer token against the store (so revocation is immediate): one read of the session with its
/// user. A read: no unit of work; a use that is due is handed to <c>ISessionUseRecorder</c>, written off the request's path.
/// </summary>
public sealed record AuthenticateSessionTokenQuery(string Token) : IQuery<Result<AccessTokenSubject>>
{
    public override string ToString() => "AuthenticateSessionTokenQuery { Token = *** }";
}
