using MongoDB.Bson;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// One document the <see cref="MongoChangeTracker"/> knows of: where it goes, the document it was last read or
/// written as, and what the next save must write of it.
/// </summary>
internal abstract class TrackedEntry(BsonDocument? snapshot, long storedVersion)
{
    public abstract string CollectionName { get; }

    /// <summary>Saves write the collections in this order (<see cref="MongoAggregateCollection{TAggregate,TId}.WriteOrder"/>).</summary>
    public abstract int WriteOrder { get; }

    public abstract Guid Id { get; }

    /// <summary>For messages: "User 0190…".</summary>
    public abstract string Description { get; }

    /// <summary>The document as last read or written; null while it is not in the database.</summary>
    public BsonDocument? Snapshot { get; private set; } = snapshot;

    /// <summary>The version the database holds (0 while new): the expected version of a replace or delete.</summary>
    public long StoredVersion { get; private set; } = storedVersion;

    public bool IsNew => Snapshot is null;

    /// <summary>What the next save must write of this document, or null when nothing.</summary>
    public abstract MongoPendingWrite? PlanWrite();

    /// <summary>After a successful save: the written document becomes the snapshot, its version the stored one.</summary>
    public virtual void MarkSaved(BsonDocument written, long version)
    {
        ArgumentNullException.ThrowIfNull(written);
        Snapshot = written;
        StoredVersion = version;
    }
}
