using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

public static class SessionRepositoryExtensions
{
    /// <summary>
    /// Ends every active session of the user (a password change, a deletion, a role change, "sign out everywhere"),
    /// except <paramref name="keep"/> when given. A session's refresh tokens end with it.
    /// </summary>
    public static async Task EndAllOfUserAsync(
        this ISessionRepository sessions,
        UserId userId,
        SessionRevocationReason reason,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        SessionId? keep = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        foreach (var session in await sessions.ListActiveByUserAsync(userId, now, cancellationToken).ConfigureAwait(false))
        {
            if (session.Id != keep) session.Revoke(reason, now);
        }
    }
}
