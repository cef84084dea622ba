using Auth.Domain.Primitives;
using Auth.Infrastructure.Persistence.Mongo.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// What the unit of work needs to know about one aggregate type: its collection, its place in the write order and
/// how to read its id as a <see cref="Guid"/>. The instances are in <see cref="MongoAggregates"/>.
/// </summary>
internal sealed class MongoAggregateCollection<TAggregate, TId>(
    string name, int writeOrder, GuidIdSerializer<TId> ids, IReadOnlyList<string>? unversionedFields = null)
    where TAggregate : AggregateRoot<TId>
    where TId : struct
{
    public string Name { get; } = name;

    /// <summary>Saves write the collections in this order, so that two racing saves meet on the same document first.</summary>
    public int WriteOrder { get; } = writeOrder;

    /// <summary>
    /// Bookkeeping fields (when something last happened) that racing requests may all write: a replace that changes
    /// only these keeps the version, so it still fails against a real change made meanwhile but never against another
    /// bookkeeping write.
    /// </summary>
    public IReadOnlyList<string> UnversionedFields { get; } = unversionedFields ?? [];

    public Guid IdOf(TAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return ids.ToGuid(aggregate.Id);
    }
}
