using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

public interface ISessionRepository
{
    Task<Session?> FindByIdAsync(SessionId id, CancellationToken cancellationToken);

    /// <summary>For queries: the same lookup without tracking, so it is cheaper and changes to the result are never saved.</summary>
    Task<Session?> FindByIdReadOnlyAsync(SessionId id, CancellationToken cancellationToken);

    /// <summary>
    /// For authenticating a session token on every request: the session with this token hash and its user, in one
    /// round trip where the store can join them, neither tracked; null when either is missing.
    /// </summary>
    Task<SessionWithUser?> FindWithUserByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>
    /// For a refresh: the session whose refresh-token chain holds this hash (current or rotated away), with that link
    /// among its <see cref="Session.RefreshTokens"/> (other links may or may not be loaded), and the session's user, in
    /// one round trip where the store can join them; null when either is missing. The session is tracked (the rotation
    /// changes it); the user is read only, never changed.
    /// </summary>
    Task<SessionWithUser?> FindWithUserByRefreshTokenHashAsync(string refreshTokenHash, CancellationToken cancellationToken);

    /// <summary>Sessions of the user that are active and not expired at <paramref name="now"/>, newest use first.</summary>
    Task<IReadOnlyList<Session>> ListActiveByUserAsync(UserId userId, DateTimeOffset now, CancellationToken cancellationToken);

    void Add(Session session);

    /// <summary>
    /// Records a use straight away, outside the unit of work: one conditional update of an active session's last use
    /// and expiry (no version change), which changes nothing when another request recorded the use first.
    /// </summary>
    Task RecordUseAsync(SessionUse use, CancellationToken cancellationToken);
}
