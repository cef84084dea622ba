using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Serialization;

/// <summary>
/// A single-valued value object (<c>EmailAddress</c>, <c>PersonName</c>) stored as a plain string. Reading uses the
/// value object's <c>FromTrusted</c> factory: the value was validated when it was written.
/// </summary>
internal sealed class StringValueSerializer<TValue>(Func<string, TValue> fromTrusted, Func<TValue, string> toValue)
    : SealedClassSerializerBase<TValue>
    where TValue : class
{
    protected override TValue DeserializeValue(BsonDeserializationContext context, BsonDeserializationArgs args) =>
        fromTrusted(context.Reader.ReadString());

    protected override void SerializeValue(BsonSerializationContext context, BsonSerializationArgs args, TValue value) =>
        context.Writer.WriteString(toValue(value));
}
