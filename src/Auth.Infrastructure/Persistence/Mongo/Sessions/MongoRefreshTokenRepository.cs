using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

internal sealed class MongoRefreshTokenRepository(
    AuthMongoDatabase database, MongoUnitOfWork unitOfWork, ISessionRepository sessions, IUserRepository users)
    : IRefreshTokenRepository
{
    private static FilterDefinitionBuilder<RefreshToken> Filter => Builders<RefreshToken>.Filter;

    internal static SortDefinition<RefreshToken> OldestFirst =>
        Builders<RefreshToken>.Sort.Ascending(t => t.CreatedAt).Ascending(t => t.Id);

    public async Task<RefreshToken?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var token = await database.RefreshTokens
            .Find(Filter.Eq(t => t.TokenHash, tokenHash))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return token is null ? null : unitOfWork.Attach(MongoAggregates.RefreshTokens, token);
    }

    /// <summary>Three finds, one per collection; a $lookup pipeline could make it one round trip (not measured yet).</summary>
    public async Task<RefreshTokenWithOwner?> FindWithOwnerByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var token = await FindByTokenHashAsync(tokenHash, cancellationToken).ConfigureAwait(false);
        var session = token is null ? null : await sessions.FindByIdAsync(token.SessionId, cancellationToken).ConfigureAwait(false);
        var user = session is null ? null : await users.FindByIdAsync(session.UserId, cancellationToken).ConfigureAwait(false);
        return token is null || session is null || user is null ? null : new RefreshTokenWithOwner(token, session, user);
    }

    public Task<IReadOnlyList<RefreshToken>> ListUnrevokedBySessionAsync(SessionId sessionId, CancellationToken cancellationToken) =>
        ListAsync(UnrevokedBySessionFilter(sessionId), cancellationToken);

    public Task<IReadOnlyList<RefreshToken>> ListUnrevokedByUserAsync(UserId userId, CancellationToken cancellationToken) =>
        ListAsync(UnrevokedByUserFilter(userId), cancellationToken);

    public void Add(RefreshToken token) => unitOfWork.Add(MongoAggregates.RefreshTokens, token);

    internal static FilterDefinition<RefreshToken> UnrevokedBySessionFilter(SessionId sessionId) =>
        Filter.And(Filter.Eq(t => t.SessionId, sessionId), Filter.Eq(t => t.IsRevoked, false));

    internal static FilterDefinition<RefreshToken> UnrevokedByUserFilter(UserId userId) =>
        Filter.And(Filter.Eq(t => t.UserId, userId), Filter.Eq(t => t.IsRevoked, false));

    private async Task<IReadOnlyList<RefreshToken>> ListAsync(FilterDefinition<RefreshToken> filter, CancellationToken cancellationToken)
    {
        var tokens = await database.RefreshTokens.Find(filter).Sort(OldestFirst).ToListAsync(cancellationToken).ConfigureAwait(false);
        return unitOfWork.AttachAll(MongoAggregates.RefreshTokens, tokens);
    }
}
