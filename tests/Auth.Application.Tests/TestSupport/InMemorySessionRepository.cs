using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <param name="users">Where <see cref="FindWithUserByTokenHashAsync"/> finds a session's user.</param>
public sealed class InMemorySessionRepository(IUserRepository users) : ISessionRepository, ISessionUseRecorder
{
    private readonly List<Session> _sessions = [];
    private readonly List<SessionUse> _recordedUses = [];

    public IReadOnlyList<Session> All => _sessions;

    public Task<Session?> FindByIdAsync(SessionId id, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.SingleOrDefault(s => s.Id == id));

    public Task<Session?> FindByIdReadOnlyAsync(SessionId id, CancellationToken cancellationToken) => FindByIdAsync(id, cancellationToken);

    public async Task<SessionWithUser?> FindWithUserByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var session = _sessions.SingleOrDefault(s => s.TokenHash == tokenHash);
        var user = session is null ? null : await users.FindByIdReadOnlyAsync(session.UserId, cancellationToken);
        return user is null ? null : new SessionWithUser(session!, user);
    }

    public async Task<SessionWithUser?> FindWithUserByRefreshTokenHashAsync(string refreshTokenHash, CancellationToken cancellationToken)
    {
        var session = _sessions.SingleOrDefault(s => s.RefreshTokens.Any(t => t.TokenHash == refreshTokenHash));
        var user = session is null ? null : await users.FindByIdReadOnlyAsync(session.UserId, cancellationToken);
        return user is null ? null : new SessionWithUser(session!, user);
    }

    public Task<IReadOnlyList<Session>> ListActiveByUserAsync(UserId userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Session>>(_sessions
            .Where(s => s.UserId == userId && s.IsActiveAt(now))
            .OrderByDescending(s => s.LastUsedAt)
            .ToList());

    public void Add(Session session) => _sessions.Add(session);

    /// <summary>Kept as asked; the databases' conditional update is covered by the repository contract tests.</summary>
    public Task RecordUseAsync(SessionUse use, CancellationToken cancellationToken)
    {
        _recordedUses.Add(use);
        return Task.CompletedTask;
    }

    /// <summary>As the background recorder hands them over.</summary>
    public void Record(SessionUse use) => _recordedUses.Add(use);

    public IReadOnlyList<SessionUse> RecordedUses => _recordedUses;

    public Session Get(Guid id) => _sessions.Single(s => s.Id.Value == id);

    public IReadOnlyList<Session> OfUser(UserId userId) => _sessions.Where(s => s.UserId == userId).ToList();
}
