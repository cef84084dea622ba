using Auth.Application.Abstractions.Persistence;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// Writes what a save planned (<see cref="MongoChangeTracker.PlanWrites"/>), all or nothing: several documents in one
/// transaction (write concern <c>majority</c>), a single one on its own, which is atomic already. Inserts as they are;
/// replaces and deletes filtered on <c>{ _id, version: expected }</c>, where matching nothing means another request
/// changed the document first (<see cref="ConcurrencyConflictException"/>). A duplicate key is a
/// <see cref="UniqueConstraintViolationException"/>; a write conflict, or a transaction the server says may be retried,
/// a <see cref="ConcurrencyConflictException"/>.
/// </summary>
internal sealed partial class MongoTransactionalWriter(AuthMongoDatabase database, ILogger<MongoTransactionalWriter> logger)
{
    private static readonly TransactionOptions TransactionOptions = new(writeConcern: WriteConcern.WMajority);

    public async Task WriteAsync(IReadOnlyList<MongoPendingWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0) return;
        if (writes.Count == 1)
        {
            await WriteAsync(session: null, writes[0], cancellationToken).ConfigureAwait(false);
            return;
        }

        using var session = await database.Client.StartSessionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        session.StartTransaction(TransactionOptions);
        try
        {
            foreach (var write in writes) await WriteAsync(session, write, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await AbortQuietlyAsync(session).ConfigureAwait(false);
            throw;
        }

        try
        {
            await session.CommitTransactionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (MongoErrors.IsTransientTransactionFailure(exception))
        {
            throw new ConcurrencyConflictException(
                $"The save of {string.Join(", ", writes.Select(w => w.Entry.Description))} was not committed (the server asks for a retry).",
                exception);
        }
    }

    /// <summary>The filter of a version-checked replace or delete: <c>{ _id, version }</c>.</summary>
    internal static BsonDocument VersionFilter(Guid id, long version) => new()
    {
        { AggregateFields.Id, new BsonBinaryData(id, GuidRepresentation.Standard) },
        { AggregateFields.Version, version },
    };

    private async Task WriteAsync(IClientSessionHandle? session, MongoPendingWrite write, CancellationToken cancellationToken)
    {
        var collection = database.Documents(write.Entry.CollectionName);
        try
        {
            if (write.IsInsert)
            {
                if (session is null) await collection.InsertOneAsync(write.Document, cancellationToken: cancellationToken).ConfigureAwait(false);
                else await collection.InsertOneAsync(session, write.Document, cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
            }

            var filter = VersionFilter(write.Entry.Id, write.ExpectedVersion);
            if (write.IsDelete)
            {
                var deleted = session is null
                    ? await collection.DeleteOneAsync(filter, cancellationToken).ConfigureAwait(false)
                    : await collection.DeleteOneAsync(session, filter, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (Matched(deleted) == 0) throw LostRace(write, "changed or deleted");
                return;
            }

            var replaced = session is null
                ? await collection.ReplaceOneAsync(filter, write.Document, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await collection.ReplaceOneAsync(session, filter, write.Document, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (Matched(replaced) == 0) throw LostRace(write, "changed");
        }
        catch (MongoException exception) when (MongoErrors.IsDuplicateKey(exception))
        {
            throw new UniqueConstraintViolationException(
                $"{write.Entry.Description} has a unique key that another document already holds.", exception);
        }
        catch (MongoException exception) when (MongoErrors.IsTransientTransactionFailure(exception))
        {
            throw new ConcurrencyConflictException(
                $"{write.Entry.Description} was changed by another request at the same time (write conflict).", exception);
        }
    }

    private static long Matched(DeleteResult result) => result.IsAcknowledged ? result.DeletedCount : throw Unacknowledged();

    private static long Matched(ReplaceOneResult result) => result.IsAcknowledged ? result.MatchedCount : throw Unacknowledged();

    private static ConcurrencyConflictException LostRace(MongoPendingWrite write, string what) =>
        new($"{write.Entry.Description} was {what} by another request since it was loaded (version {write.ExpectedVersion}).");

    private static InvalidOperationException Unacknowledged() =>
        new("MongoDB did not acknowledge a write, so its version check cannot be read: remove w=0 from the connection string.");

    private async Task AbortQuietlyAsync(IClientSessionHandle session)
    {
        try
        {
            if (session.IsInTransaction) await session.AbortTransactionAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (MongoException exception)
        {
            // The server aborts it anyway when the session ends or the transaction times out.
            LogAbortFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Aborting a failed MongoDB transaction failed; the server will abort it.")]
    private static partial void LogAbortFailed(ILogger logger, Exception exception);
}
