using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

public interface IRefreshTokenRepository
{
    Task<RefreshToken?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>
    /// The token with its session and the session's user, all tracked, in one round trip where the store allows;
    /// null when any of the three is missing.
    /// </summary>
    Task<RefreshTokenWithOwner?> FindWithOwnerByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>The tokens of one session (its family) that are not yet revoked.</summary>
    Task<IReadOnlyList<RefreshToken>> ListUnrevokedBySessionAsync(SessionId sessionId, CancellationToken cancellationToken);

    /// <summary>Every unrevoked token of the user, across sessions.</summary>
    Task<IReadOnlyList<RefreshToken>> ListUnrevokedByUserAsync(UserId userId, CancellationToken cancellationToken);

    void Add(RefreshToken token);
}
