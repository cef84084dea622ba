using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Accounts;
using Auth.Domain.Users;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Accounts;

/// <summary>
/// <see cref="IAccountRepository"/> over <c>accounts</c>. Adding and removing ride on the unit of work: an account is
/// inserted, or deleted with a version-checked <c>DeleteOne</c>, when it saves.
/// </summary>
internal sealed class MongoAccountRepository(AuthMongoDatabase database, MongoChangeTracker tracker) : IAccountRepository
{
    private static FilterDefinitionBuilder<Account> Filter => Builders<Account>.Filter;

    /// <summary>Oldest link first, then id (time-ordered), as the relational adapter orders them.</summary>
    internal static SortDefinition<Account> OldestLinkFirst => Builders<Account>.Sort.Ascending(a => a.LinkedAt).Ascending(a => a.Id);

    public async Task<Account?> FindByProviderAccountAsync(AuthProvider provider, string providerAccountId, CancellationToken cancellationToken)
    {
        var account = await database.Accounts
            .Find(ProviderAccountFilter(provider, providerAccountId))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return account is null ? null : tracker.Attach(MongoAggregates.Accounts, account);
    }

    public async Task<IReadOnlyList<Account>> ListByUserAsync(UserId userId, CancellationToken cancellationToken)
    {
        var accounts = await database.Accounts
            .Find(UserFilter(userId))
            .Sort(OldestLinkFirst)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return tracker.AttachAll(MongoAggregates.Accounts, accounts);
    }

    public void Add(Account account) => tracker.Add(MongoAggregates.Accounts, account);

    public void Remove(Account account) => tracker.Remove(MongoAggregates.Accounts, account);

    internal static FilterDefinition<Account> ProviderAccountFilter(AuthProvider provider, string providerAccountId) =>
        Filter.And(Filter.Eq(a => a.Provider, provider), Filter.Eq(a => a.ProviderAccountId, providerAccountId));

    internal static FilterDefinition<Account> UserFilter(UserId userId) => Filter.Eq(a => a.UserId, userId);
}
