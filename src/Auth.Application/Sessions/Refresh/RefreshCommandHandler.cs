using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.Refresh;

/// <summary>Loads the session that issued the token, with its user, in one read and applies <see cref="Session.Refresh"/>; the unit of work saves either outcome.</summary>
public sealed class RefreshCommandHandler(
    ISessionRepository sessions,
    IOpaqueTokenGenerator opaqueTokens,
    SessionStarter starter,
    AuthSettings settings,
    TimeProvider clock)
    : ICommandHandler<RefreshCommand, Result<TokenPair>>
{
    public async ValueTask<Result<TokenPair>> Handle(RefreshCommand command, CancellationToken cancellationToken)
    {
        var presentedHash = opaqueTokens.Hash(command.RefreshToken);
        var found = await sessions.FindWithUserByRefreshTokenHashAsync(presentedHash, cancellationToken);
        if (found is not { Session: var session, User: var user }) return RefreshTokenErrors.Invalid;

        var now = clock.GetUtcNow();
        var next = opaqueTokens.Generate();
        var refreshed = session.Refresh(presentedHash, next.Hash, settings.RefreshToken, settings.Session, now);
        if (refreshed.IsFailure) return refreshed.Error!;

        return await starter.IssuePairAsync(user, session, next.Value, refreshed.Value, now, cancellationToken);
    }
}
