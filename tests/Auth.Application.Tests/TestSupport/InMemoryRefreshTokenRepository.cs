using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Refresh tokens in a list; the owner lookup reads the fixture's session and user stores, as a join would.</summary>
public sealed class InMemoryRefreshTokenRepository(InMemorySessionRepository sessions, InMemoryUserRepository users) : IRefreshTokenRepository
{
    private readonly List<RefreshToken> _tokens = [];

    public IReadOnlyList<RefreshToken> All => _tokens;

    public Task<RefreshToken?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.SingleOrDefault(t => t.TokenHash == tokenHash));

    public Task<RefreshTokenWithOwner?> FindWithOwnerByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var token = _tokens.SingleOrDefault(t => t.TokenHash == tokenHash);
        var session = token is null ? null : sessions.All.SingleOrDefault(s => s.Id == token.SessionId);
        var user = session is null ? null : users.All.SingleOrDefault(u => u.Id == session.UserId);
        return Task.FromResult(token is null || session is null || user is null ? null : new RefreshTokenWithOwner(token, session, user));
    }

    public Task<IReadOnlyList<RefreshToken>> ListUnrevokedBySessionAsync(SessionId sessionId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RefreshToken>>(_tokens.Where(t => t.SessionId == sessionId && !t.IsRevoked).ToList());

    public Task<IReadOnlyList<RefreshToken>> ListUnrevokedByUserAsync(UserId userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RefreshToken>>(_tokens.Where(t => t.UserId == userId && !t.IsRevoked).ToList());

    public void Add(RefreshToken token) => _tokens.Add(token);

    public IReadOnlyList<RefreshToken> OfSession(Guid sessionId) => _tokens.Where(t => t.SessionId.Value == sessionId).ToList();
}
