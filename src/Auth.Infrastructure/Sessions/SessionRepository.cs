using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Users;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Sessions;

/// <param name="coalesced">On database servers, the read-only per-request reads share round trips; null on SQLite.</param>
internal sealed class SessionRepository(AuthDbContext db, ReadOnlyUserSnapshots snapshots, CoalescedSessionReads? coalesced = null)
    : ISessionRepository
{
    private static readonly CompiledQuery<Func<AuthDbContext, SessionId, CancellationToken, Task<Session?>>> ById =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, SessionId id, CancellationToken _) => c.Sessions.FirstOrDefault(s => s.Id == id)));

    internal static readonly CompiledQuery<Func<AuthDbContext, SessionId, CancellationToken, Task<Session?>>> ByIdReadOnly =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, SessionId id, CancellationToken _) => c.Sessions.AsNoTracking().FirstOrDefault(s => s.Id == id)));

    internal static readonly CompiledQuery<Func<AuthDbContext, string, CancellationToken, Task<SessionWithUser?>>> WithUserByTokenHash =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, string hash, CancellationToken _) =>
            c.Sessions.AsNoTracking()
                .Where(s => s.TokenHash == hash)
                .Join(c.Users.AsNoTracking(), s => s.UserId, u => u.Id, (s, u) => new SessionWithUser(s, u))
                .FirstOrDefault()));

    private static readonly CompiledQuery<Func<AuthDbContext, string, CancellationToken, Task<SessionWithUser?>>> WithUserByRefreshTokenHash =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, string hash, CancellationToken _) =>
            c.Sessions
                .Include(s => s.RefreshTokens.Where(t => t.TokenHash == hash))
                .Where(s => s.Id == c.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => t.SessionId).FirstOrDefault())
                .Join(c.Users, s => s.UserId, u => u.Id, (s, u) => new SessionWithUser(s, u))
                .FirstOrDefault()));

    public Task<Session?> FindByIdAsync(SessionId id, CancellationToken cancellationToken) =>
        ById.For(db)(db, id, cancellationToken);

    public Task<Session?> FindByIdReadOnlyAsync(SessionId id, CancellationToken cancellationToken) =>
        coalesced is null ? ByIdReadOnly.For(db)(db, id, cancellationToken) : coalesced.FindByIdAsync(id, cancellationToken);

    /// <summary>One query joining the user, who is then remembered for this request's own read of it (GET /users/me).</summary>
    public async Task<SessionWithUser?> FindWithUserByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var found = await (coalesced is null
            ? WithUserByTokenHash.For(db)(db, tokenHash, cancellationToken)
            : coalesced.FindWithUserByTokenHashAsync(tokenHash, cancellationToken)).ConfigureAwait(false);
        if (found is not null) snapshots.Remember(found.User);
        return found;
    }

    /// <summary>
    /// One query joining the user; only the presented link of the chain is loaded. Both are tracked (EF Core tracks a
    /// whole query or none of it); the user is unchanged, so the save writes nothing for it. The session is found by
    /// the id the token names (a subquery run once), not by testing each session for the token: SQLite runs such an
    /// EXISTS once per row of sessions.
    /// </summary>
    public Task<SessionWithUser?> FindWithUserByRefreshTokenHashAsync(string refreshTokenHash, CancellationToken cancellationToken) =>
        WithUserByRefreshTokenHash.For(db)(db, refreshTokenHash, cancellationToken);

    public async Task<IReadOnlyList<Session>> ListActiveByUserAsync(
        UserId userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Sessions
            .Where(s => s.UserId == userId && s.IsActive && s.ExpiresAt > now)
            .OrderByDescending(s => s.LastUsedAt)
            .ThenByDescending(s => s.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    public void Add(Session session) => db.Sessions.Add(session);

    public Task RecordUseAsync(SessionUse use, CancellationToken cancellationToken) =>
        db.Sessions
            .Where(s => s.Id == use.SessionId && s.IsActive && s.LastUsedAt <= use.DueIfLastUsedBy)
            .ExecuteUpdateAsync(
                set => set.SetProperty(s => s.LastUsedAt, use.UsedAt).SetProperty(s => s.ExpiresAt, use.ExpiresAt),
                cancellationToken);
}
