using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Users;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Users;

internal sealed class MongoPasskeyRepository(AuthMongoDatabase database, MongoChangeTracker tracker) : IPasskeyRepository
{
    private static FilterDefinitionBuilder<Passkey> Filter => Builders<Passkey>.Filter;

    public Task<Passkey?> FindByIdAsync(PasskeyId id, CancellationToken cancellationToken) =>
        FindOneAsync(Filter.Eq(p => p.Id, id), cancellationToken);

    public Task<Passkey?> FindByCredentialIdAsync(string credentialId, CancellationToken cancellationToken) =>
        FindOneAsync(Filter.Eq(p => p.CredentialId, credentialId), cancellationToken);

    public async Task<IReadOnlyList<Passkey>> ListByUserAsync(UserId userId, CancellationToken cancellationToken)
    {
        var found = await database.Passkeys.Find(Filter.Eq(p => p.UserId, userId)).SortBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return tracker.AttachAll(MongoAggregates.Passkeys, found);
    }

    public void Add(Passkey passkey) => tracker.Add(MongoAggregates.Passkeys, passkey);

    public void Remove(Passkey passkey) => tracker.Remove(MongoAggregates.Passkeys, passkey);

    private async Task<Passkey?> FindOneAsync(FilterDefinition<Passkey> filter, CancellationToken cancellationToken)
    {
        var passkey = await database.Passkeys.Find(filter).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return passkey is null ? null : tracker.Attach(MongoAggregates.Passkeys, passkey);
    }
}
