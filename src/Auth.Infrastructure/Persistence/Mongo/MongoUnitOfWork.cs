using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Auth.Infrastructure.Persistence.Mongo.Audit;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// The scope's identity map and unit of work over MongoDB. Repositories hand it every aggregate they load
/// (<see cref="Attach{TAggregate,TId}"/>: a second load of the same document returns the instance already tracked)
/// and every aggregate they add. Saving inserts the added ones with version 1 and replaces each loaded one whose
/// serialization changed, filtered on <c>{ _id, version: loaded }</c> and writing version + 1; a replace that
/// matches nothing lost a race (<see cref="ConcurrencyConflictException"/>), a duplicate key is a
/// <see cref="UniqueConstraintViolationException"/>. Several documents are written in one transaction when the
/// server has transactions; otherwise one by one, undoing the earlier ones if a later one fails.
/// Not thread-safe, like a DbContext: one per scope.
/// </summary>
internal sealed partial class MongoUnitOfWork(
    AuthMongoDatabase database, MongoTransactionSupport transactions, ILogger<MongoUnitOfWork> logger) : IUnitOfWork
{
    private static readonly TransactionOptions TransactionOptions = new(writeConcern: WriteConcern.WMajority);

    private readonly Dictionary<(string Collection, Guid Id), TrackedAggregate> _tracked = [];

    /// <summary>Tracks a loaded aggregate, or returns the instance of the same document tracked already.</summary>
    public TAggregate Attach<TAggregate, TId>(MongoAggregateCollection<TAggregate, TId> collection, TAggregate loaded)
        where TAggregate : AggregateRoot<TId>
        where TId : struct
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(loaded);
        var key = (collection.Name, collection.IdOf(loaded));
        if (_tracked.TryGetValue(key, out var tracked)) return (TAggregate)tracked.Aggregate;
        _tracked.Add(key, TrackedAggregate<TAggregate, TId>.Loaded(collection, loaded));
        return loaded;
    }

    public IReadOnlyList<TAggregate> AttachAll<TAggregate, TId>(
        MongoAggregateCollection<TAggregate, TId> collection, IEnumerable<TAggregate> loaded)
        where TAggregate : AggregateRoot<TId>
        where TId : struct =>
        loaded.Select(aggregate => Attach(collection, aggregate)).ToList();

    public void Add<TAggregate, TId>(MongoAggregateCollection<TAggregate, TId> collection, TAggregate added)
        where TAggregate : AggregateRoot<TId>
        where TId : struct
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(added);
        var key = (collection.Name, collection.IdOf(added));
        if (_tracked.TryGetValue(key, out var tracked))
        {
            if (ReferenceEquals(tracked.Aggregate, added)) return;
            throw new InvalidOperationException($"Another {typeof(TAggregate).Name} with id {key.Item2} is already tracked.");
        }

        _tracked.Add(key, TrackedAggregate<TAggregate, TId>.Added(collection, added));
    }

    /// <summary>
    /// Deletes a tracked aggregate when the unit of work saves, with <c>DeleteOne({ _id, version: loaded })</c>; a
    /// delete that matches nothing lost a race (<see cref="ConcurrencyConflictException"/>). One added and not yet
    /// saved is simply forgotten. The aggregate must have been loaded (or added) through this unit of work.
    /// </summary>
    public void Remove<TAggregate, TId>(MongoAggregateCollection<TAggregate, TId> collection, TAggregate removed)
        where TAggregate : AggregateRoot<TId>
        where TId : struct
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(removed);
        var key = (collection.Name, collection.IdOf(removed));
        if (!_tracked.TryGetValue(key, out var tracked) || !ReferenceEquals(tracked.Aggregate, removed))
        {
            throw new InvalidOperationException(
                $"{typeof(TAggregate).Name} {key.Item2} is not tracked by this unit of work: load it before removing it.");
        }

        if (tracked.IsNew) _tracked.Remove(key);
        else tracked.MarkRemoved();
    }

    /// <summary>
    /// Stages the insert of a document that is no aggregate (a verification entry): written with the next save, in
    /// its transaction, after the aggregates (<paramref name="writeOrder"/> orders it among the inserts), with
    /// <c>version: 1</c> like every document this unit of work inserts.
    /// </summary>
    public void AddDocument<TDocument>(string collectionName, int writeOrder, Guid id, TDocument document)
        where TDocument : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collectionName);
        ArgumentNullException.ThrowIfNull(document);
        var key = (collectionName, id);
        if (_tracked.ContainsKey(key)) throw new InvalidOperationException($"A {typeof(TDocument).Name} with id {id} is already tracked.");
        _tracked.Add(key, new TrackedDocument<TDocument>(collectionName, writeOrder, id, document));
    }

    /// <summary>Stages an audit entry: inserted by the next save, after every aggregate, and forgotten by <see cref="Reset"/>.</summary>
    public void AddAuditEntry(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var tracked = new TrackedAuditEntry(entry);
        _tracked.Add((tracked.CollectionName, tracked.Id), tracked);
    }

    public IReadOnlyList<IDomainEvent> PendingDomainEvents() =>
        _tracked.Values.SelectMany(t => t.DomainEvents).OrderBy(e => e.OccurredAt).ToList();

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        var writes = PlanWrites();
        if (writes.Count > 1 && await transactions.IsSupportedAsync(cancellationToken).ConfigureAwait(false))
            await WriteInTransactionAsync(writes, cancellationToken).ConfigureAwait(false);
        else if (writes.Count > 0)
            await WriteOneByOneAsync(writes, cancellationToken).ConfigureAwait(false);

        foreach (var write in writes)
        {
            if (!write.IsDelete)
            {
                write.Entry.MarkSaved(write.Document, write.NewVersion);
                continue;
            }

            write.Entry.ClearDomainEvents();
            _tracked.Remove((write.Entry.CollectionName, write.Entry.Id));
        }

        foreach (var entry in _tracked.Values) entry.ClearDomainEvents();
    }

    public void Reset() => _tracked.Clear();

    /// <summary>
    /// What a save would write, in a fixed order: replaces and deletes before inserts (so a lost race is found before
    /// anything new is written, and a deleted unique key is free for an insert of the same save), each group by
    /// collection then id (so two racing saves meet on the same document first). An aggregate whose serialization
    /// equals its snapshot is not written and keeps its version, unless it demands a new one; one whose changes are all
    /// bookkeeping fields is replaced but keeps its version.
    /// </summary>
    internal IReadOnlyList<MongoPendingWrite> PlanWrites()
    {
        var writes = new List<MongoPendingWrite>();
        foreach (var entry in _tracked.Values.OrderBy(e => e.IsNew).ThenBy(e => e.WriteOrder).ThenBy(e => e.Id))
        {
            if (entry.IsRemoved)
            {
                writes.Add(new MongoPendingWrite(entry, entry.Snapshot!, IsInsert: false, entry.StoredVersion, entry.StoredVersion, IsDelete: true));
                continue;
            }

            var document = entry.Serialize();
            if (!entry.IsNew && !entry.NeedsNewVersion && document.Equals(entry.Snapshot)) continue;

            var bookkeepingOnly = !entry.IsNew && !entry.NeedsNewVersion && EqualBesides(document, entry.Snapshot!, entry.UnversionedFields);
            var newVersion = bookkeepingOnly ? entry.StoredVersion : entry.StoredVersion + 1;
            if (entry.IsVersioned) document[AggregateFields.Version] = newVersion;
            writes.Add(new MongoPendingWrite(entry, document, entry.IsNew, entry.StoredVersion, newVersion));
        }

        return writes;
    }

    private static bool EqualBesides(BsonDocument document, BsonDocument snapshot, IReadOnlyList<string> fields) =>
        fields.Count > 0
        && document.ElementCount == snapshot.ElementCount
        && document.All(e => fields.Contains(e.Name) || (snapshot.TryGetValue(e.Name, out var stored) && e.Value.Equals(stored)));

    /// <summary>The filter of a version-checked replace (and of an undo): <c>{ _id, version }</c>.</summary>
    internal static BsonDocument VersionFilter(Guid id, long version) => new()
    {
        { AggregateFields.Id, new BsonBinaryData(id, GuidRepresentation.Standard) },
        { AggregateFields.Version, version },
    };

    private static BsonDocument IdFilter(Guid id) => new() { { AggregateFields.Id, new BsonBinaryData(id, GuidRepresentation.Standard) } };

    private async Task WriteInTransactionAsync(IReadOnlyList<MongoPendingWrite> writes, CancellationToken cancellationToken)
    {
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
                $"The save of {Describe(writes)} was not committed (the server asks for a retry).", exception);
        }
    }

    /// <summary>
    /// Without transactions: each write on its own (each atomic and version-checked). When one fails, the writes
    /// before it are undone, each only if nobody changed its document since; a crash in between cannot be undone.
    /// </summary>
    private async Task WriteOneByOneAsync(IReadOnlyList<MongoPendingWrite> writes, CancellationToken cancellationToken)
    {
        var applied = new List<MongoPendingWrite>(writes.Count);
        try
        {
            foreach (var write in writes)
            {
                await WriteAsync(session: null, write, cancellationToken).ConfigureAwait(false);
                applied.Add(write);
            }
        }
        catch
        {
            await UndoAsync(applied).ConfigureAwait(false);
            throw;
        }
    }

    private async Task WriteAsync(IClientSessionHandle? session, MongoPendingWrite write, CancellationToken cancellationToken)
    {
        var collection = database.Documents(write.Entry.CollectionName);
        try
        {
            if (write.IsDelete)
            {
                await DeleteAsync(session, collection, write, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (write.IsInsert)
            {
                if (session is null) await collection.InsertOneAsync(write.Document, cancellationToken: cancellationToken).ConfigureAwait(false);
                else await collection.InsertOneAsync(session, write.Document, cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
            }

            var filter = VersionFilter(write.Entry.Id, write.ExpectedVersion);
            var result = session is null
                ? await collection.ReplaceOneAsync(filter, write.Document, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await collection.ReplaceOneAsync(session, filter, write.Document, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!result.IsAcknowledged)
            {
                throw new InvalidOperationException(
                    "MongoDB did not acknowledge a write, so its version check cannot be read: remove w=0 from the connection string.");
            }

            if (result.MatchedCount == 0)
            {
                throw new ConcurrencyConflictException(
                    $"{write.Entry.Description} was changed by another request since it was loaded (version {write.ExpectedVersion}).");
            }
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

    /// <summary>A version-checked delete: matching nothing means another request changed or deleted the document first.</summary>
    private static async Task DeleteAsync(
        IClientSessionHandle? session, IMongoCollection<BsonDocument> collection, MongoPendingWrite write, CancellationToken cancellationToken)
    {
        var filter = VersionFilter(write.Entry.Id, write.ExpectedVersion);
        var result = session is null
            ? await collection.DeleteOneAsync(filter, cancellationToken).ConfigureAwait(false)
            : await collection.DeleteOneAsync(session, filter, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.IsAcknowledged)
        {
            throw new InvalidOperationException(
                "MongoDB did not acknowledge a write, so its version check cannot be read: remove w=0 from the connection string.");
        }

        if (result.DeletedCount == 0)
        {
            throw new ConcurrencyConflictException(
                $"{write.Entry.Description} was changed or deleted by another request since it was loaded (version {write.ExpectedVersion}).");
        }
    }

    private async Task UndoAsync(List<MongoPendingWrite> applied)
    {
        for (var i = applied.Count - 1; i >= 0; i--)
        {
            var write = applied[i];
            var collection = database.Documents(write.Entry.CollectionName);
            var filter = write.Entry.IsVersioned ? VersionFilter(write.Entry.Id, write.NewVersion) : IdFilter(write.Entry.Id);
            try
            {
                if (write.IsDelete)
                {
                    // Puts the deleted document back as it was loaded; its _id taken again means someone re-created it.
                    await collection.InsertOneAsync(write.Entry.Snapshot!, cancellationToken: CancellationToken.None).ConfigureAwait(false);
                    continue;
                }

                var undone = write.IsInsert
                    ? (await collection.DeleteOneAsync(filter, CancellationToken.None).ConfigureAwait(false)).DeletedCount
                    : (await collection.ReplaceOneAsync(filter, write.Entry.Snapshot!, cancellationToken: CancellationToken.None)
                        .ConfigureAwait(false)).MatchedCount;
                if (undone == 0) LogUndoSkipped(logger, write.Entry.Description);
            }
            catch (MongoException exception) when (write.IsDelete && MongoErrors.IsDuplicateKey(exception))
            {
                LogUndoSkipped(logger, write.Entry.Description);
            }
            catch (MongoException exception)
            {
                LogUndoFailed(logger, write.Entry.Description, exception);
            }
        }
    }

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

    private static string Describe(IReadOnlyList<MongoPendingWrite> writes) =>
        string.Join(", ", writes.Select(w => w.Entry.Description));

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "A failed save could not undo its earlier write of {Aggregate}: it changed again in the meantime.")]
    private static partial void LogUndoSkipped(ILogger logger, string aggregate);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "A failed save could not undo its earlier write of {Aggregate}; that document keeps the new state.")]
    private static partial void LogUndoFailed(ILogger logger, string aggregate, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Aborting a failed MongoDB transaction failed; the server will abort it.")]
    private static partial void LogAbortFailed(ILogger logger, Exception exception);
}
