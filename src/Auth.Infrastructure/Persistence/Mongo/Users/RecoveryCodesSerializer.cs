using Auth.Domain.Users;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Users;

/// <summary>The unused recovery-code hashes as an array of strings; an absent field (older documents) reads as none.</summary>
internal sealed class RecoveryCodesSerializer : SerializerBase<RecoveryCodes>
{
    public static readonly RecoveryCodesSerializer Instance = new();

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, RecoveryCodes value)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Writer.WriteStartArray();
        foreach (var hash in (value ?? RecoveryCodes.None).Hashes) context.Writer.WriteString(hash);
        context.Writer.WriteEndArray();
    }

    public override RecoveryCodes Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Reader.CurrentBsonType == BsonType.Null)
        {
            context.Reader.ReadNull();
            return RecoveryCodes.None;
        }

        var hashes = new List<string>();
        context.Reader.ReadStartArray();
        while (context.Reader.ReadBsonType() != BsonType.EndOfDocument) hashes.Add(context.Reader.ReadString());
        context.Reader.ReadEndArray();
        return hashes.Count == 0 ? RecoveryCodes.None : RecoveryCodes.Of(hashes);
    }
}
