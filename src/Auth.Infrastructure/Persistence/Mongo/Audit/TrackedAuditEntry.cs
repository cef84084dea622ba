using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo.Audit;

/// <summary>
/// An audit entry staged in the unit of work: insert-only, written after every aggregate (so a lost race is found
/// before it is written), without a version, and undone by <c>_id</c> if a later write of the same save fails.
/// </summary>
internal sealed class TrackedAuditEntry(AuditEntry entry) : TrackedAggregate(snapshot: null, storedVersion: 0)
{
    /// <summary>After every aggregate collection of <see cref="MongoAggregates"/>.</summary>
    public const int AuditWriteOrder = 100;

    public override object Aggregate => entry;

    public override string CollectionName => MongoCollectionNames.AuditEntries;

    public override int WriteOrder => AuditWriteOrder;

    public override Guid Id => entry.Id.Value;

    public override string Description => $"{nameof(AuditEntry)} {Id}";

    public override bool IsVersioned => false;

    public override IReadOnlyList<IDomainEvent> DomainEvents => [];

    public override BsonDocument Serialize() => entry.ToBsonDocument(BsonSerializer.LookupSerializer<AuditEntry>());

    public override void ClearDomainEvents()
    {
    }

    protected override void SetVersion(long version)
    {
    }
}
