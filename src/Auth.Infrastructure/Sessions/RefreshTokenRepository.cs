using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Sessions;

internal sealed class RefreshTokenRepository(AuthDbContext db) : IRefreshTokenRepository
{
    private static readonly CompiledQuery<Func<AuthDbContext, string, CancellationToken, Task<RefreshToken?>>> ByTokenHash =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, string hash, CancellationToken _) => c.RefreshTokens.FirstOrDefault(t => t.TokenHash == hash)));

    private static readonly CompiledQuery<Func<AuthDbContext, string, CancellationToken, Task<RefreshTokenWithOwner?>>> WithOwnerByTokenHash =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, string hash, CancellationToken _) => (
                from token in c.RefreshTokens
                where token.TokenHash == hash
                join session in c.Sessions on token.SessionId equals session.Id
                join user in c.Users on session.UserId equals user.Id
                select new RefreshTokenWithOwner(token, session, user))
            .FirstOrDefault()));

    public Task<RefreshToken?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        ByTokenHash.For(db)(db, tokenHash, cancellationToken);

    /// <summary>One query, two inner joins; the three entities are tracked.</summary>
    public Task<RefreshTokenWithOwner?> FindWithOwnerByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        WithOwnerByTokenHash.For(db)(db, tokenHash, cancellationToken);

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
