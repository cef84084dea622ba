using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.Sessions;

/// <summary>
/// The per-request session reads on a database server, where concurrent ones share a round trip
/// (<see cref="ReadCoalescer{TKey, TValue}"/>): authenticating a session token (the session with its user) and strict
/// mode's check of a JWT's session. Each load leases its own pooled context; a lone key runs the single-key query.
/// No-tracking reads never resolve identities, so two sessions of one user in a load come with a user each.
/// </summary>
internal sealed class CoalescedSessionReads
{
    private static readonly CompiledQuery<Func<AuthDbContext, string[], IAsyncEnumerable<SessionWithUser>>> WithUserByTokenHashes =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, string[] hashes) =>
            c.Sessions.AsNoTracking()
                .Where(s => hashes.Contains(s.TokenHash))
                .Join(c.Users.AsNoTracking(), s => s.UserId, u => u.Id, (s, u) => new SessionWithUser(s, u))));

    private static readonly CompiledQuery<Func<AuthDbContext, SessionId[], IAsyncEnumerable<Session>>> ByIds =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, SessionId[] ids) => c.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id))));

    private readonly IServiceScopeFactory _scopes;
    private readonly ReadCoalescer<string, SessionWithUser> _withUserByTokenHash;
    private readonly ReadCoalescer<SessionId, Session> _byId;

    public CoalescedSessionReads(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _withUserByTokenHash = new(LoadWithUserByTokenHashAsync, ReadCoalescing.MaxInFlight, ReadCoalescing.MaxBatch);
        _byId = new(LoadByIdAsync, ReadCoalescing.MaxInFlight, ReadCoalescing.MaxBatch);
    }

    public Task<SessionWithUser?> FindWithUserByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        _withUserByTokenHash.FindAsync(tokenHash, cancellationToken);

    public Task<Session?> FindByIdAsync(SessionId id, CancellationToken cancellationToken) => _byId.FindAsync(id, cancellationToken);

    private Task<IReadOnlyDictionary<string, SessionWithUser>> LoadWithUserByTokenHashAsync(string[] hashes) =>
        ReadCoalescing.LoadAsync(
            _scopes,
            hashes,
            found => found.Session.TokenHash,
            SessionRepository.WithUserByTokenHash,
            WithUserByTokenHashes);

    private Task<IReadOnlyDictionary<SessionId, Session>> LoadByIdAsync(SessionId[] ids) =>
        ReadCoalescing.LoadAsync(_scopes, ids, session => session.Id, SessionRepository.ByIdReadOnly, ByIds);
}
