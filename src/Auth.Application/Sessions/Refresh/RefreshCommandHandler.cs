using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.Refresh;

/// <summary>Rotates the refresh token; presenting a rotated one again revokes the whole session.</summary>
public sealed class RefreshCommandHandler(
    IRefreshTokenRepository refreshTokens,
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
        var presented = await refreshTokens.FindByTokenHashAsync(opaqueTokens.Hash(command.RefreshToken), cancellationToken);
        var session = presented is null ? null : await sessions.FindByIdAsync(presented.SessionId, cancellationToken);
        var user = session is null ? null : await users.FindByIdAsync(session.UserId, cancellationToken);
        if (presented is null || session is null || user is null) return RefreshTokenErrors.Invalid;

        var now = clock.GetUtcNow();
        var next = opaqueTokens.Generate();
        var family = await refreshTokens.ListUnrevokedBySessionAsync(session.Id, cancellationToken);
        var rotated = RefreshTokenRotation.Rotate(session, presented, family, next.Hash, settings.RefreshToken, settings.Session, now);
        if (rotated.IsFailure) return rotated.Error!;

        refreshTokens.Add(rotated.Value);
        return await starter.IssuePairAsync(user, session, next.Value, rotated.Value, now, cancellationToken);
    }
}
