using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Serialization;

/// <summary>
/// A strongly typed id over a <see cref="Guid"/>, stored as the Guid itself in the standard (RFC 4122, binary
/// subtype 4) representation, so the same value reads the same from every driver and from the shell (<c>UUID("…")</c>).
/// </summary>
internal sealed class GuidIdSerializer<TId>(Func<Guid, TId> wrap, Func<TId, Guid> unwrap) : StructSerializerBase<TId>
    where TId : struct
{
    private static readonly GuidSerializer Guids = new(GuidRepresentation.Standard);

    public Guid ToGuid(TId id) => unwrap(id);

    public override TId Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args) =>
        wrap(Guids.Deserialize(context, args));

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, TId value) =>
        Guids.Serialize(context, args, unwrap(value));
}
