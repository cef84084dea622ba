using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Sessions;

internal sealed class SessionRepository(AuthDbContext db) : ISessionRepository
{
    public Task<Session?> FindByIdAsync(SessionId id, CancellationToken cancellationToken) =>
        db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Session?> FindByIdReadOnlyAsync(SessionId id, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Session?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.Sessions.FirstOrDefaultAsync(s => s.TokenHash == tokenHash, cancellationToken);

    public async Task<IReadOnlyList<Session>> ListActiveByUserAsync(
        UserId userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Sessions
            .Where(s => s.UserId == userId && s.IsActive && s.ExpiresAt > now)
            .OrderByDescending(s => s.LastUsedAt)
            .ThenByDescending(s => s.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    public void Add(Session session) => db.Sessions.Add(session);
}
