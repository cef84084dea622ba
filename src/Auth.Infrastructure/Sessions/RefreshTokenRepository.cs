using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Sessions;

internal sealed class RefreshTokenRepository(AuthDbContext db) : IRefreshTokenRepository
{
    public Task<RefreshToken?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public async Task<RefreshTokenWithOwner?> FindWithOwnerByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var found = await (
                from token in db.RefreshTokens
                where token.TokenHash == tokenHash
                join session in db.Sessions on token.SessionId equals session.Id
                join user in db.Users on session.UserId equals user.Id
                select new { token, session, user })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return found is null ? null : new RefreshTokenWithOwner(found.token, found.session, found.user);
    }

    public async Task<IReadOnlyList<RefreshToken>> ListUnrevokedBySessionAsync(
        SessionId sessionId, CancellationToken cancellationToken) =>
        await db.RefreshTokens
            .Where(t => t.SessionId == sessionId && !t.IsRevoked)
            .OrderBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    public async Task<IReadOnlyList<RefreshToken>> ListUnrevokedByUserAsync(
        UserId userId, CancellationToken cancellationToken) =>
        await db.RefreshTokens
            .Where(t => t.UserId == userId && !t.IsRevoked)
            .OrderBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    public void Add(RefreshToken token) => db.RefreshTokens.Add(token);
}
