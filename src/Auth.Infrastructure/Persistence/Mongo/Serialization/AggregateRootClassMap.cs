using Auth.Domain.Primitives;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo.Serialization;

/// <summary>
/// The class map of <see cref="AggregateRoot{TId}"/> for one id type: <c>_id</c>, <c>createdAt</c>,
/// <c>updatedAt</c>, <c>version</c>. It is registered on its own because the setters are private to the base class,
/// so only a map of the declaring type can reach them. The domain events are not mapped.
/// </summary>
internal static class AggregateRootClassMap
{
    public static void Register<TId>(GuidIdSerializer<TId> idSerializer)
        where TId : struct
    {
        BsonClassMap.RegisterClassMap<AggregateRoot<TId>>(map =>
        {
            map.MapIdMember(a => a.Id).SetSerializer(idSerializer);
            map.MapMember(a => a.CreatedAt)
                .SetElementName(AggregateFields.CreatedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(a => a.UpdatedAt)
                .SetElementName(AggregateFields.UpdatedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(a => a.Version).SetElementName(AggregateFields.Version);
        });
    }

    /// <summary>Sets the private <see cref="AggregateRoot{TId}.Version"/> through the class map's setter.</summary>
    public static void SetVersion<TId>(AggregateRoot<TId> aggregate, long version)
        where TId : struct
    {
        var member = BsonClassMap.LookupClassMap(typeof(AggregateRoot<TId>)).GetMemberMap(nameof(AggregateRoot<TId>.Version));
        member.Setter(aggregate, version);
    }
}
