using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Users;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Users;

internal sealed class MongoUserRepository(AuthMongoDatabase database, MongoChangeTracker tracker) : IUserRepository
{
    private static FilterDefinitionBuilder<User> Filter => Builders<User>.Filter;

    /// <summary>Creation order, then id, so that pages never overlap (the same order as the relational adapters).</summary>
    internal static SortDefinition<User> CreationOrder => Builders<User>.Sort.Ascending(u => u.CreatedAt).Ascending(u => u.Id);

    public Task<User?> FindByIdAsync(UserId id, CancellationToken cancellationToken) =>
        FindOneAsync(Filter.Eq(u => u.Id, id), cancellationToken);

    /// <summary>Not attached to the unit of work, so never saved.</summary>
    public async Task<User?> FindByIdReadOnlyAsync(UserId id, CancellationToken cancellationToken) =>
        await database.Users.Find(Filter.Eq(u => u.Id, id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    public Task<User?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken) =>
        FindOneAsync(Filter.Eq(u => u.Email, email), cancellationToken);

    public async Task<bool> EmailExistsAsync(EmailAddress email, CancellationToken cancellationToken) =>
        await database.Users
            .CountDocumentsAsync(Filter.Eq(u => u.Email, email), new CountOptions { Limit = 1 }, cancellationToken)
            .ConfigureAwait(false) > 0;

    public async Task<PagedList<User>> ListAsync(UserListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.PageSize, 1);

        var query = ListFilter(filter);
        var total = await database.Users.CountDocumentsAsync(query, cancellationToken: cancellationToken).ConfigureAwait(false);
        var items = await database.Users
            .Find(query)
            .Sort(CreationOrder)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Limit(filter.PageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new PagedList<User>(tracker.AttachAll(MongoAggregates.Users, items), filter.Page, filter.PageSize, total);
    }

    public void Add(User user) => tracker.Add(MongoAggregates.Users, user);

    /// <summary>
    /// Role and deleted flag as equalities; the search (trimmed) as a case-insensitive literal substring of the name
    /// or the email, through <see cref="UserSearchPattern"/>.
    /// </summary>
    internal static FilterDefinition<User> ListFilter(UserListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var clauses = new List<FilterDefinition<User>>();
        if (filter.Role is { } role) clauses.Add(Filter.Eq(u => u.Role, role));
        if (filter.Deleted is { } deleted) clauses.Add(Filter.Eq(u => u.IsDeleted, deleted));
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = new BsonRegularExpression(UserSearchPattern.Contains(filter.Search.Trim()), UserSearchPattern.Options);
            clauses.Add(Filter.Or(Filter.Regex(UserFields.Name, pattern), Filter.Regex(UserFields.Email, pattern)));
        }

        return clauses.Count == 0 ? Filter.Empty : Filter.And(clauses);
    }

    private async Task<User?> FindOneAsync(FilterDefinition<User> filter, CancellationToken cancellationToken)
    {
        var user = await database.Users.Find(filter).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return user is null ? null : tracker.Attach(MongoAggregates.Users, user);
    }
}
