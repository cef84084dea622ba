using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.SignOut;

/// <summary>Ends the caller's current session and its refresh tokens. Signing out twice is not an error.</summary>
public sealed class SignOutCommandHandler(ISessionRepository sessions, TimeProvider clock)
    : ICommandHandler<SignOutCommand, Result>
{
    public async ValueTask<Result> Handle(SignOutCommand command, CancellationToken cancellationToken)
    {
        var session = await sessions.FindByIdAsync(command.SessionId, cancellationToken);
        if (session is null) return Result.Success;
        session.Revoke(SessionRevocationReason.SignedOut, clock.GetUtcNow());
        return Result.Success;
    }
}
