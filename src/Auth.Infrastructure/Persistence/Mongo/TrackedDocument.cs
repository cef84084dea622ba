using Auth.Domain.Primitives;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// A document the unit of work inserts that is no aggregate (a verification entry): it has no domain events and is
/// never replaced, but rides on the same save, transaction and undo as the aggregates, with the same
/// <c>version</c> field (1 once inserted).
/// </summary>
internal sealed class TrackedDocument<TDocument>(string collectionName, int writeOrder, Guid id, TDocument document)
    : TrackedAggregate(snapshot: null, storedVersion: 0)
    where TDocument : class
{
    private long _version;

    public override object Aggregate => document;

    public override string CollectionName => collectionName;

    public override int WriteOrder => writeOrder;

    public override Guid Id => id;

    public override string Description => $"{typeof(TDocument).Name} {id}";

    public override BsonDocument Serialize()
    {
        var serialized = document.ToBsonDocument(BsonSerializer.LookupSerializer<TDocument>());
        serialized[AggregateFields.Version] = _version;
        return serialized;
    }

    public override IReadOnlyList<IDomainEvent> DomainEvents => [];

    public override void ClearDomainEvents()
    {
    }

    protected override void SetVersion(long version) => _version = version;
}
