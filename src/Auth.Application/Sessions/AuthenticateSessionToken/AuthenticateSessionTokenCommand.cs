using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Sessions.AuthenticateSessionToken;

/// <summary>Checks a session-mode bearer token against the store (so revocation is immediate) and records its use.</summary>
public sealed record AuthenticateSessionTokenCommand(string Token) : ICommand<Result<AccessTokenSubject>>
{
    public override string ToString() => "AuthenticateSessionTokenCommand { Token = *** }";
}
