using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Sessions;

internal sealed class RefreshTokenRepository(AuthDbContext db) : IRefreshTokenRepository
{
    // Every refresh starts here: compiled once instead of looked up in EF's query cache on each call.
    private static readonly Func<AuthDbContext, string, CancellationToken, Task<RefreshToken?>> ByTokenHash =
        EF.CompileAsyncQuery((AuthDbContext context, string tokenHash, CancellationToken _) =>
            context.RefreshTokens.FirstOrDefault(t => t.TokenHash == tokenHash));

    public Task<RefreshToken?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        ByTokenHash(db, tokenHash, cancellationToken);

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
