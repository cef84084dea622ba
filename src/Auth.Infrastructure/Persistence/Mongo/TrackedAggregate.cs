using Auth.Domain.Primitives;
using MongoDB.Bson;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// One aggregate the unit of work knows of: either added (new, not yet in the database) or loaded, with the
/// document it was loaded as (its snapshot) and the version it had then. Saving compares a fresh serialization
/// with the snapshot to decide whether to write.
/// </summary>
internal abstract class TrackedAggregate
{
    protected TrackedAggregate(BsonDocument? snapshot, long storedVersion)
    {
        Snapshot = snapshot;
        StoredVersion = storedVersion;
    }

    public abstract object Aggregate { get; }

    public abstract string CollectionName { get; }

    public abstract int WriteOrder { get; }

    public abstract Guid Id { get; }

    /// <summary>For messages: "User 0190…".</summary>
    public abstract string Description { get; }

    /// <summary>The document as last read or written; null while the aggregate is new.</summary>
    public BsonDocument? Snapshot { get; private set; }

    /// <summary>The version the database holds (0 while new): the replace filter's expected version.</summary>
    public long StoredVersion { get; private set; }

    public bool IsNew => Snapshot is null;

    /// <summary>Loaded, then removed: the save deletes it, filtered on its stored version.</summary>
    public bool IsRemoved { get; private set; }

    public void MarkRemoved() => IsRemoved = true;

    /// <summary>The aggregate as a document now, with its current (not yet incremented) version.</summary>
    public abstract BsonDocument Serialize();

    /// <summary>False for insert-only documents (audit entries): no <c>version</c> field, undone by <c>_id</c> alone.</summary>
    public virtual bool IsVersioned => true;

    /// <summary>Fields whose change alone does not take a new version (<see cref="MongoAggregateCollection{TAggregate,TId}.UnversionedFields"/>).</summary>
    public virtual IReadOnlyList<string> UnversionedFields => [];

    /// <summary>The aggregate demands a new version even if its document did not change.</summary>
    public bool NeedsNewVersion => Aggregate is IVersioned { NeedsNewVersion: true };

    /// <summary>The events the aggregate raised since it was loaded or saved.</summary>
    public abstract IReadOnlyList<IDomainEvent> DomainEvents { get; }

    public abstract void ClearDomainEvents();

    /// <summary>After a successful save: the aggregate takes the written version, and the written document becomes the snapshot.</summary>
    public void MarkSaved(BsonDocument written, long version)
    {
        ArgumentNullException.ThrowIfNull(written);
        SetVersion(version);
        Snapshot = written;
        StoredVersion = version;
    }

    protected abstract void SetVersion(long version);
}
