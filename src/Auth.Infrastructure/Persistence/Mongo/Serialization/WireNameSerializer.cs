using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Serialization;

/// <summary>
/// An enum stored as a fixed lower-case name (the contract's names, such as <c>"admin"</c> or
/// <c>"email-verification"</c>), never as a number or a C# member name, so that renaming a member changes no
/// stored data. An unknown name in the database is a bug, not user input: it throws.
/// </summary>
internal sealed class WireNameSerializer<TEnum>(Func<TEnum, string> toName, Func<string, TEnum?> parse)
    : StructSerializerBase<TEnum>
    where TEnum : struct, Enum
{
    public string NameOf(TEnum value) => toName(value);

    public override TEnum Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Reader.ReadString();
        return parse(name) ?? throw new FormatException($"Unknown {typeof(TEnum).Name} '{name}' in the database.");
    }

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, TEnum value)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Writer.WriteString(toName(value));
    }
}
