using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Sessions;

/// <summary>Ends sessions together with every refresh token issued for them.</summary>
public sealed class SessionTerminator(ISessionRepository sessions, IRefreshTokenRepository refreshTokens)
{
    public async Task EndAsync(Session session, SessionRevocationReason reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var family = await refreshTokens.ListUnrevokedBySessionAsync(session.Id, cancellationToken);
        RefreshTokenRotation.RevokeFamily(session, family, reason, now);
    }

    /// <summary>Ends every active session of the user, except <paramref name="keep"/> when given.</summary>
    public async Task EndAllAsync(UserId userId, SessionRevocationReason reason, DateTimeOffset now, CancellationToken cancellationToken, SessionId? keep = null)
    {
        var active = await sessions.ListActiveByUserAsync(userId, now, cancellationToken);
        var tokens = await refreshTokens.ListUnrevokedByUserAsync(userId, cancellationToken);
        foreach (var session in active.Where(s => s.Id != keep))
            RefreshTokenRotation.RevokeFamily(session, tokens, reason, now);
    }
}
