using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.RevokeMySession;

/// <summary>Ends one of the caller's sessions. Someone else's session is answered as not found.</summary>
public sealed class RevokeMySessionCommandHandler(ISessionRepository sessions, TimeProvider clock)
    : ICommandHandler<RevokeMySessionCommand, Result>
{
    public async ValueTask<Result> Handle(RevokeMySessionCommand command, CancellationToken cancellationToken)
    {
        var session = await sessions.FindByIdAsync(command.SessionId, cancellationToken);
        if (session is null || session.UserId != command.UserId) return SessionErrors.NotFound;
        session.Revoke(SessionRevocationReason.RevokedByUser, clock.GetUtcNow());
        return Result.Success;
    }
}
