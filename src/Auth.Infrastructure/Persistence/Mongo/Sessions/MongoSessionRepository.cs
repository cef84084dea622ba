using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

internal sealed class MongoSessionRepository(AuthMongoDatabase database, MongoChangeTracker tracker) : ISessionRepository
{
    private static FilterDefinitionBuilder<Session> Filter => Builders<Session>.Filter;

    internal static SortDefinition<Session> NewestUseFirst =>
        Builders<Session>.Sort.Descending(s => s.LastUsedAt).Descending(s => s.Id);

    public Task<Session?> FindByIdAsync(SessionId id, CancellationToken cancellationToken) =>
        FindOneAsync(Filter.Eq(s => s.Id, id), cancellationToken);

    /// <summary>Not attached to the unit of work, so never saved.</summary>
    public async Task<Session?> FindByIdReadOnlyAsync(SessionId id, CancellationToken cancellationToken) =>
        await database.Sessions.Find(Filter.Eq(s => s.Id, id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Two reads: a document store joins nothing cheaper than that.</summary>
    public async Task<SessionWithUser?> FindWithUserByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        await WithUserAsync(
            await database.Sessions.Find(Filter.Eq(s => s.TokenHash, tokenHash)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

    /// <summary>The whole chain comes with the session: it is embedded in the session's document.</summary>
    public async Task<SessionWithUser?> FindWithUserByRefreshTokenHashAsync(string refreshTokenHash, CancellationToken cancellationToken) =>
        await WithUserAsync(await FindOneAsync(RefreshTokenHashFilter(refreshTokenHash), cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);

    public async Task<IReadOnlyList<Session>> ListActiveByUserAsync(UserId userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessions = await database.Sessions
            .Find(ActiveFilter(userId, now))
            .Sort(NewestUseFirst)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return tracker.AttachAll(MongoAggregates.Sessions, sessions);
    }

    public void Add(Session session) => tracker.Add(MongoAggregates.Sessions, session);

    public Task RecordUseAsync(SessionUse use, CancellationToken cancellationToken) =>
        database.Sessions.UpdateOneAsync(
            Filter.And(Filter.Eq(s => s.Id, use.SessionId), Filter.Eq(s => s.IsActive, true), Filter.Lte(s => s.LastUsedAt, use.DueIfLastUsedBy)),
            Builders<Session>.Update.Set(s => s.LastUsedAt, use.UsedAt).Set(s => s.ExpiresAt, use.ExpiresAt),
            cancellationToken: cancellationToken);

    /// <summary>
    /// Active and <c>expiresAt &gt; now</c>. The server compares at millisecond precision (<c>now</c> is truncated as
    /// stored times are), which gives the same answer as <see cref="Session.IsActiveAt"/> on the session read back.
    /// </summary>
    internal static FilterDefinition<Session> ActiveFilter(UserId userId, DateTimeOffset now) =>
        Filter.And(Filter.Eq(s => s.UserId, userId), Filter.Eq(s => s.IsActive, true), Filter.Gt(s => s.ExpiresAt, now));

    internal static FilterDefinition<Session> RefreshTokenHashFilter(string refreshTokenHash) =>
        Filter.Eq($"{SessionFields.RefreshTokens}.{RefreshTokenFields.TokenHash}", refreshTokenHash);

    private async Task<Session?> FindOneAsync(FilterDefinition<Session> filter, CancellationToken cancellationToken)
    {
        var session = await database.Sessions.Find(filter).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return session is null ? null : tracker.Attach(MongoAggregates.Sessions, session);
    }

    /// <summary>The session's user, read apart (not attached to the unit of work); null when either is missing.</summary>
    private async Task<SessionWithUser?> WithUserAsync(Session? session, CancellationToken cancellationToken)
    {
        if (session is null) return null;
        var user = await database.Users.Find(Builders<User>.Filter.Eq(u => u.Id, session.UserId)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return user is null ? null : new SessionWithUser(session, user);
    }
}
