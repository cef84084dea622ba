using Auth.Application.Abstractions.RateLimiting;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.RateLimiting;

/// <summary>
/// <see cref="IRateLimitStore"/> on the <c>rate_limits</c> collection: one <c>findOneAndUpdate</c> with upsert and an
/// update pipeline per hit, atomic on the document. The pipeline's <c>$set</c> sees the document as it was: a missing
/// or ended window (<c>windowStart &lt;= now - window</c>; a missing field compares lower than any date) restarts at
/// <c>count: 1</c>, otherwise the count goes up by one. <c>windowEnd</c> carries the TTL index that removes
/// the document once its window is over. Times are whole milliseconds (BSON dates).
/// </summary>
internal sealed class MongoRateLimitStore(AuthMongoDatabase database) : IRateLimitStore
{
    private const int MaxAttempts = 3;

    public async Task<RateLimitCounter> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var collection = database.Documents(MongoCollectionNames.RateLimits);
        var filter = Builders<BsonDocument>.Filter.Eq(RateLimitFields.Key, key);
        var update = Builders<BsonDocument>.Update.Pipeline(Pipeline(now, window));
        var options = new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After };

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var document = await collection.FindOneAndUpdateAsync(filter, update, options, cancellationToken).ConfigureAwait(false);
                return new RateLimitCounter(
                    document[RateLimitFields.Count].ToInt32(),
                    new DateTimeOffset(document[RateLimitFields.WindowStart].ToUniversalTime(), TimeSpan.Zero));
            }
            catch (MongoException exception) when (attempt < MaxAttempts && MongoErrors.IsDuplicateKey(exception))
            {
                // Two first hits of a key raced to insert it; the loser now finds the document.
            }
        }
    }

    private static PipelineDefinition<BsonDocument, BsonDocument> Pipeline(DateTimeOffset now, TimeSpan window)
    {
        var at = new BsonDateTime(now.UtcDateTime);
        var windowEnded = new BsonDocument("$lte", new BsonArray { "$" + RateLimitFields.WindowStart, new BsonDateTime((now - window).UtcDateTime) });
        var set = new BsonDocument
        {
            [RateLimitFields.Count] = new BsonDocument("$cond", new BsonArray { windowEnded, 1, new BsonDocument("$add", new BsonArray { "$" + RateLimitFields.Count, 1 }) }),
            [RateLimitFields.WindowStart] = new BsonDocument("$cond", new BsonArray { windowEnded, at, "$" + RateLimitFields.WindowStart }),
            [RateLimitFields.WindowEnd] = new BsonDocument("$cond", new BsonArray { windowEnded, new BsonDateTime((now + window).UtcDateTime), "$" + RateLimitFields.WindowEnd }),
            [RateLimitFields.LastRequest] = at,
        };
        return new BsonDocument[] { new("$set", set) };
    }
}
