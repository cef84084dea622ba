using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Sessions.AuthenticateSessionToken;

/// <summary>
/// Checks a session-mode bearer token against the store (so revocation is immediate). A read: no unit of work; the
/// use is recorded by a conditional update that cannot fail the request.
/// </summary>
public sealed record AuthenticateSessionTokenQuery(string Token) : IQuery<Result<AccessTokenSubject>>
{
    public override string ToString() => "AuthenticateSessionTokenQuery { Token = *** }";
}
