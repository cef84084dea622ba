using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.Refresh;

/// <summary>Loads the session that issued the token and applies <see cref="Session.Refresh"/>; the unit of work saves either outcome.</summary>
public sealed class RefreshCommandHandler(
    ISessionRepository sessions,
    IUserRepository users,
    IOpaqueTokenGenerator opaqueTokens,
    SessionStarter starter,
    AuthSettings settings,
    TimeProvider clock)
    : ICommandHandler<RefreshCommand, Result<TokenPair>>
{
    public async ValueTask<Result<TokenPair>> Handle(RefreshCommand command, CancellationToken cancellationToken)
    {
        var presentedHash = opaqueTokens.Hash(command.RefreshToken);
        var session = await sessions.FindByRefreshTokenHashAsync(presentedHash, cancellationToken);
        if (session is null) return RefreshTokenErrors.Invalid;

        var now = clock.GetUtcNow();
        var next = opaqueTokens.Generate();
        var refreshed = session.Refresh(presentedHash, next.Hash, settings.RefreshToken, settings.Session, now);
        if (refreshed.IsFailure) return refreshed.Error!;

        var user = await users.FindByIdReadOnlyAsync(session.UserId, cancellationToken);
        if (user is null) return RefreshTokenErrors.Invalid;
        return await starter.IssuePairAsync(user, session, next.Value, refreshed.Value, now, cancellationToken);
    }
}
