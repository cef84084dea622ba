using Auth.Domain.Primitives;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo;

internal sealed class TrackedAggregate<TAggregate, TId> : TrackedAggregate
    where TAggregate : AggregateRoot<TId>
    where TId : struct
{
    private readonly MongoAggregateCollection<TAggregate, TId> _collection;

    private TrackedAggregate(MongoAggregateCollection<TAggregate, TId> collection, TAggregate aggregate, BsonDocument? snapshot)
        : base(aggregate, snapshot, snapshot is null ? 0 : aggregate.Version)
    {
        _collection = collection;
        Aggregate = aggregate;
    }

    public TAggregate Aggregate { get; }

    public override string CollectionName => _collection.Name;

    public override int WriteOrder => _collection.WriteOrder;

    public override IReadOnlyList<string> UnversionedFields => _collection.UnversionedFields;

    public override Guid Id => _collection.IdOf(Aggregate);

    public override string Description => $"{typeof(TAggregate).Name} {Id}";

    /// <summary>A loaded aggregate; its snapshot is its serialization now, before anyone changes it.</summary>
    public static TrackedAggregate<TAggregate, TId> Loaded(MongoAggregateCollection<TAggregate, TId> collection, TAggregate aggregate) =>
        new(collection, aggregate, SerializeAggregate(aggregate));

    public static TrackedAggregate<TAggregate, TId> Added(MongoAggregateCollection<TAggregate, TId> collection, TAggregate aggregate) =>
        new(collection, aggregate, null);

    protected override BsonDocument Serialize() => SerializeAggregate(Aggregate);

    protected override void SetVersion(long version) => AggregateRootClassMap.SetVersion(Aggregate, version);

    private static BsonDocument SerializeAggregate(TAggregate aggregate) =>
        aggregate.ToBsonDocument(BsonSerializer.LookupSerializer<TAggregate>());
}
