using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

public sealed class InMemoryRefreshTokenRepository : IRefreshTokenRepository
{
    private readonly List<RefreshToken> _tokens = [];

    public IReadOnlyList<RefreshToken> All => _tokens;

    public Task<RefreshToken?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.SingleOrDefault(t => t.TokenHash == tokenHash));

    public Task<IReadOnlyList<RefreshToken>> ListUnrevokedBySessionAsync(SessionId sessionId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RefreshToken>>(_tokens.Where(t => t.SessionId == sessionId && !t.IsRevoked).ToList());

    public Task<IReadOnlyList<RefreshToken>> ListUnrevokedByUserAsync(UserId userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RefreshToken>>(_tokens.Where(t => t.UserId == userId && !t.IsRevoked).ToList());

    public void Add(RefreshToken token) => _tokens.Add(token);

    public IReadOnlyList<RefreshToken> OfSession(Guid sessionId) => _tokens.Where(t => t.SessionId.Value == sessionId).ToList();
}
