using Auth.Domain.Primitives;
using MongoDB.Bson;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// An aggregate the change tracker knows of: added (new, not yet in the database), loaded (its snapshot is the
/// document it was loaded as) or loaded and removed. Planning a save compares a fresh serialization with the snapshot.
/// </summary>
internal abstract class TrackedAggregate(IHasDomainEvents aggregate, BsonDocument? snapshot, long storedVersion)
    : TrackedEntry(snapshot, storedVersion)
{
    /// <summary>Loaded, then removed: the save deletes it, filtered on its stored version.</summary>
    public bool IsRemoved { get; private set; }

    /// <summary>Fields whose change alone does not take a new version (<see cref="MongoAggregateCollection{TAggregate,TId}.UnversionedFields"/>).</summary>
    public abstract IReadOnlyList<string> UnversionedFields { get; }

    /// <summary>The events the aggregate raised since it was loaded or saved.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => aggregate.DomainEvents;

    public void ClearDomainEvents() => aggregate.ClearDomainEvents();

    public void MarkRemoved() => IsRemoved = true;

    /// <summary>
    /// A delete of a removed aggregate; the insert of an added one (version 1); no write for a loaded one whose
    /// serialization equals its snapshot, unless it demands a new version; otherwise a replace writing the next
    /// version, or keeping the version when only bookkeeping fields changed.
    /// </summary>
    public override MongoPendingWrite? PlanWrite()
    {
        if (IsRemoved) return new MongoPendingWrite(this, Snapshot!, IsInsert: false, StoredVersion, StoredVersion, IsDelete: true);

        var document = Serialize();
        var needsNewVersion = aggregate is IVersioned { NeedsNewVersion: true };
        if (!IsNew && !needsNewVersion && document.Equals(Snapshot)) return null;

        var bookkeepingOnly = !IsNew && !needsNewVersion && EqualBesides(document, Snapshot!, UnversionedFields);
        var newVersion = bookkeepingOnly ? StoredVersion : StoredVersion + 1;
        document[AggregateFields.Version] = newVersion;
        return new MongoPendingWrite(this, document, IsNew, StoredVersion, newVersion);
    }

    /// <summary>The aggregate takes the written version too.</summary>
    public override void MarkSaved(BsonDocument written, long version)
    {
        base.MarkSaved(written, version);
        SetVersion(version);
    }

    /// <summary>The aggregate as a document now, with its current (not yet incremented) version.</summary>
    protected abstract BsonDocument Serialize();

    protected abstract void SetVersion(long version);

    private static bool EqualBesides(BsonDocument document, BsonDocument snapshot, IReadOnlyList<string> fields) =>
        fields.Count > 0
        && document.ElementCount == snapshot.ElementCount
        && document.All(e => fields.Contains(e.Name) || (snapshot.TryGetValue(e.Name, out var stored) && e.Value.Equals(stored)));
}
