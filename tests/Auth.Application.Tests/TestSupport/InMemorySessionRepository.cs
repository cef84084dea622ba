using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

public sealed class InMemorySessionRepository : ISessionRepository
{
    private readonly List<Session> _sessions = [];
    private readonly List<SessionUse> _recordedUses = [];

    public IReadOnlyList<Session> All => _sessions;

    public Task<Session?> FindByIdAsync(SessionId id, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.SingleOrDefault(s => s.Id == id));

    public Task<Session?> FindByIdReadOnlyAsync(SessionId id, CancellationToken cancellationToken) => FindByIdAsync(id, cancellationToken);

    public Task<Session?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.SingleOrDefault(s => s.TokenHash == tokenHash));

    public Task<Session?> FindByRefreshTokenHashAsync(string refreshTokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.SingleOrDefault(s => s.RefreshTokens.Any(t => t.TokenHash == refreshTokenHash)));

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

    public IReadOnlyList<SessionUse> RecordedUses => _recordedUses;

    public Session Get(Guid id) => _sessions.Single(s => s.Id.Value == id);

    public IReadOnlyList<Session> OfUser(UserId userId) => _sessions.Where(s => s.UserId == userId).ToList();
}
