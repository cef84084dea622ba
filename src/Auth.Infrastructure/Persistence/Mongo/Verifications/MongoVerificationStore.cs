using Auth.Application.Abstractions.Persistence;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Verifications;

/// <summary>
/// <see cref="IVerificationStore"/> over <c>verifications</c>. New entries ride on the unit of work (inserted when it
/// saves). Taking one is a single <c>FindOneAndDelete({ identifier, valueHash, expiresAt: { $gt: now } })</c>: the
/// server deletes at most one document atomically and hands it to that caller only, so of two concurrent takes one
/// gets the entry and the other null, as the relational <c>DELETE … WHERE … AND expires_at &gt; now</c> whose row
/// count decides. Expired documents also go by themselves (TTL index on <c>expiresAt</c>).
/// </summary>
internal sealed class MongoVerificationStore(AuthMongoDatabase database, MongoChangeTracker tracker) : IVerificationStore
{
    /// <summary>Where new entries come in a save's inserts: after every aggregate collection.</summary>
    internal const int WriteOrder = 100;

    private static FilterDefinitionBuilder<VerificationDocument> Filter => Builders<VerificationDocument>.Filter;

    public void Add(VerificationEntry entry)
    {
        var document = VerificationDocument.From(entry);
        tracker.AddDocument(MongoCollectionNames.Verifications, WriteOrder, document.Id, document);
    }

    public async Task<VerificationEntry?> ConsumeAsync(string identifier, string valueHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var taken = await database.Verifications
            .FindOneAndDeleteAsync(TakeFilter(identifier, valueHash, now), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return taken?.ToEntry();
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await database.Verifications.DeleteManyAsync(ExpiredFilter(now), cancellationToken).ConfigureAwait(false);
        return checked((int)result.DeletedCount);
    }

    /// <summary>The entry with this identifier and hash, not expired at <paramref name="now"/> (both sides truncated to the millisecond).</summary>
    internal static FilterDefinition<VerificationDocument> TakeFilter(string identifier, string valueHash, DateTimeOffset now) =>
        Filter.And(
            Filter.Eq(v => v.Identifier, identifier),
            Filter.Eq(v => v.ValueHash, valueHash),
            Filter.Gt(v => v.ExpiresAt, now));

    /// <summary>Every entry that expired at or before <paramref name="now"/>.</summary>
    internal static FilterDefinition<VerificationDocument> ExpiredFilter(DateTimeOffset now) => Filter.Lte(v => v.ExpiresAt, now);
}
