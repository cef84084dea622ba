using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// The scope's identity map. Repositories hand it every aggregate they load (<see cref="Attach{TAggregate,TId}"/>:
/// a second load of the same document returns the instance already tracked), add or remove, and every document they
/// stage for insertion; <see cref="PlanWrites"/> says what a save must write, and <see cref="AcceptWrites"/> takes
/// note once <see cref="MongoTransactionalWriter"/> has written it. Not thread-safe, like a DbContext: one per scope.
/// </summary>
internal sealed class MongoChangeTracker
{
    /// <summary>After every aggregate collection of <see cref="MongoAggregates"/>.</summary>
    private const int AuditWriteOrder = 100;

    private readonly Dictionary<(string Collection, Guid Id), TrackedEntry> _tracked = [];

    /// <summary>Tracks a loaded aggregate, or returns the instance of the same document tracked already.</summary>
    public TAggregate Attach<TAggregate, TId>(MongoAggregateCollection<TAggregate, TId> collection, TAggregate loaded)
        where TAggregate : AggregateRoot<TId>
        where TId : struct
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(loaded);
        var key = (collection.Name, collection.IdOf(loaded));
        if (Find<TAggregate, TId>(key) is { } tracked) return tracked.Aggregate;
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
        if (Find<TAggregate, TId>(key) is { } tracked)
        {
            if (ReferenceEquals(tracked.Aggregate, added)) return;
            throw new InvalidOperationException($"Another {typeof(TAggregate).Name} with id {key.Item2} is already tracked.");
        }

        _tracked.Add(key, TrackedAggregate<TAggregate, TId>.Added(collection, added));
    }

    /// <summary>
    /// Deletes a tracked aggregate when the unit of work saves, with <c>DeleteOne({ _id, version: loaded })</c>; a
    /// delete that matches nothing lost a race (<see cref="ConcurrencyConflictException"/>).
    /// One added and not yet saved is simply forgotten. The aggregate must have been loaded (or added) through this tracker.
    /// </summary>
    public void Remove<TAggregate, TId>(MongoAggregateCollection<TAggregate, TId> collection, TAggregate removed)
        where TAggregate : AggregateRoot<TId>
        where TId : struct
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(removed);
        var key = (collection.Name, collection.IdOf(removed));
        if (Find<TAggregate, TId>(key) is not { } tracked || !ReferenceEquals(tracked.Aggregate, removed))
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
    /// <c>version: 1</c> like every document the unit of work inserts.
    /// </summary>
    public void AddDocument<TDocument>(string collectionName, int writeOrder, Guid id, TDocument document)
        where TDocument : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collectionName);
        ArgumentNullException.ThrowIfNull(document);
        var serialized = document.ToBsonDocument(BsonSerializer.LookupSerializer<TDocument>());
        serialized[AggregateFields.Version] = 1L;
        Stage(new TrackedInsert(collectionName, writeOrder, id, $"{typeof(TDocument).Name} {id}", serialized));
    }

    /// <summary>Stages an audit entry: inserted by the next save, after every aggregate, without a version.</summary>
    public void AddAuditEntry(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = entry.Id.Value;
        var serialized = entry.ToBsonDocument(BsonSerializer.LookupSerializer<AuditEntry>());
        Stage(new TrackedInsert(MongoCollectionNames.AuditEntries, AuditWriteOrder, id, $"{nameof(AuditEntry)} {id}", serialized));
    }

    public IReadOnlyList<IDomainEvent> PendingDomainEvents() =>
        Aggregates.SelectMany(a => a.DomainEvents).OrderBy(e => e.OccurredAt).ToList();

    /// <summary>
    /// What a save would write, in a fixed order: replaces and deletes before inserts (so a lost race is found before
    /// anything new is written, and a deleted unique key is free for an insert of the same save), each group by write
    /// order then id (so two racing saves meet on the same document first). What each document needs is its own
    /// <see cref="TrackedEntry.PlanWrite"/>.
    /// </summary>
    public IReadOnlyList<MongoPendingWrite> PlanWrites() =>
        _tracked.Values
            .Select(entry => entry.PlanWrite())
            .OfType<MongoPendingWrite>()
            .OrderBy(w => w.IsInsert).ThenBy(w => w.Entry.WriteOrder).ThenBy(w => w.Entry.Id)
            .ToList();

    /// <summary>After the planned writes are stored: new snapshots and versions, deleted ones forgotten, events cleared.</summary>
    public void AcceptWrites(IReadOnlyList<MongoPendingWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var aggregate in Aggregates) aggregate.ClearDomainEvents();
        foreach (var write in writes)
        {
            if (write.IsDelete) _tracked.Remove((write.Entry.CollectionName, write.Entry.Id));
            else write.Entry.MarkSaved(write.Document, write.NewVersion);
        }
    }

    public void Reset() => _tracked.Clear();

    private IEnumerable<TrackedAggregate> Aggregates => _tracked.Values.OfType<TrackedAggregate>();

    private TrackedAggregate<TAggregate, TId>? Find<TAggregate, TId>((string, Guid) key)
        where TAggregate : AggregateRoot<TId>
        where TId : struct =>
        _tracked.GetValueOrDefault(key) as TrackedAggregate<TAggregate, TId>;

    private void Stage(TrackedInsert insert)
    {
        var key = (insert.CollectionName, insert.Id);
        if (!_tracked.TryAdd(key, insert)) throw new InvalidOperationException($"{insert.Description} is already tracked.");
    }
}
