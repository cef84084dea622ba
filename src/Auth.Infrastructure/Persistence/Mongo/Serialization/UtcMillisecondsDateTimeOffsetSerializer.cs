using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Serialization;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as a BSON date: UTC, whole milliseconds since the Unix epoch. Anything finer
/// than a millisecond is truncated towards the past (<see cref="Truncate"/>), on every write and in every query
/// value, so that a time read back, a time compared in a filter and a time held by a reloaded aggregate agree.
/// Reads always come back with offset zero.
/// </summary>
internal sealed class UtcMillisecondsDateTimeOffsetSerializer : StructSerializerBase<DateTimeOffset>
{
    public static readonly UtcMillisecondsDateTimeOffsetSerializer Instance = new();

    public static readonly NullableSerializer<DateTimeOffset> NullableInstance = new(Instance);

    /// <summary>The value as it is stored: UTC, truncated to the millisecond.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());

    public override DateTimeOffset Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Reader.GetCurrentBsonType();
        if (type != BsonType.DateTime) throw CreateCannotDeserializeFromBsonTypeException(type);
        return DateTimeOffset.FromUnixTimeMilliseconds(context.Reader.ReadDateTime());
    }

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(context);

        // ToUnixTimeMilliseconds divides whole ticks, so it truncates towards the past for every representable date.
        context.Writer.WriteDateTime(value.ToUnixTimeMilliseconds());
    }
}
