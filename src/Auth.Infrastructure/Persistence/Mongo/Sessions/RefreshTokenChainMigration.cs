using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>
/// Moves the documents of the former <c>refresh_tokens</c> collection into their session's
/// <see cref="SessionFields.RefreshTokens"/> array, then drops the collection. Safe to run again after an interruption:
/// a link already in its session is not pushed twice, and a token whose session is gone is dropped with the collection.
/// Instances of an older version must be stopped first: they would still write the old collection.
/// </summary>
internal static class RefreshTokenChainMigration
{
    public static async Task<long> RunAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var tokens = database.GetCollection<BsonDocument>(MongoCollectionNames.RefreshTokens);
        var sessions = database.GetCollection<BsonDocument>(MongoCollectionNames.Sessions);
        long moved = 0;
        using (var cursor = await tokens.FindAsync(FilterDefinition<BsonDocument>.Empty, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var token in cursor.Current)
                {
                    var pushed = await sessions.UpdateOneAsync(NotYetIn(token), PushLink(token), cancellationToken: cancellationToken)
                        .ConfigureAwait(false);
                    moved += pushed.ModifiedCount;
                }
            }
        }

        await database.DropCollectionAsync(MongoCollectionNames.RefreshTokens, cancellationToken).ConfigureAwait(false);
        return moved;
    }

    /// <summary>The token's session, unless the link is already in its chain.</summary>
    internal static BsonDocument NotYetIn(BsonDocument token) => new()
    {
        { AggregateFields.Id, token[RefreshTokenFields.SessionId] },
        { $"{SessionFields.RefreshTokens}.{RefreshTokenFields.Id}", new BsonDocument("$ne", token[RefreshTokenFields.Id]) },
    };

    /// <summary>The link is the former document without its own version: the session's version covers its chain.</summary>
    internal static BsonDocument PushLink(BsonDocument token)
    {
        var link = token.DeepClone().AsBsonDocument;
        link.Remove(AggregateFields.Version);
        return new BsonDocument("$push", new BsonDocument(SessionFields.RefreshTokens, link));
    }
}
