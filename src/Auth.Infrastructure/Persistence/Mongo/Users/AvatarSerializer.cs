using Auth.Domain.Users;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Users;

/// <summary>The avatar as a subdocument <c>{ url, publicId, size }</c>; no avatar is <c>null</c>.</summary>
internal sealed class AvatarSerializer : SealedClassSerializerBase<Avatar>
{
    public static readonly AvatarSerializer Instance = new();

    protected override Avatar DeserializeValue(BsonDeserializationContext context, BsonDeserializationArgs args)
    {
        var reader = context.Reader;
        string? url = null;
        string? publicId = null;
        long? size = null;
        reader.ReadStartDocument();
        while (reader.ReadBsonType() != BsonType.EndOfDocument)
        {
            switch (reader.ReadName())
            {
                case UserFields.AvatarUrl:
                    url = reader.ReadString();
                    break;
                case UserFields.AvatarPublicId when reader.CurrentBsonType == BsonType.Null:
                    reader.ReadNull();
                    break;
                case UserFields.AvatarPublicId:
                    publicId = reader.ReadString();
                    break;
                case UserFields.AvatarSize:
                    size = ReadSize(reader);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        }

        reader.ReadEndDocument();
        return Avatar.FromTrusted(url ?? throw new FormatException("A stored avatar has no url."), publicId, size);
    }

    protected override void SerializeValue(BsonSerializationContext context, BsonSerializationArgs args, Avatar value)
    {
        var writer = context.Writer;
        writer.WriteStartDocument();
        writer.WriteString(UserFields.AvatarUrl, value.Url);
        writer.WriteName(UserFields.AvatarPublicId);
        if (value.PublicId is null) writer.WriteNull();
        else writer.WriteString(value.PublicId);
        writer.WriteName(UserFields.AvatarSize);
        if (value.Size is { } size) writer.WriteInt64(size);
        else writer.WriteNull();
        writer.WriteEndDocument();
    }

    /// <summary>Written as a 64-bit integer; a 32-bit integer or a whole double (as a shell or Mongoose writes it) reads too.</summary>
    private static long? ReadSize(IBsonReader reader)
    {
        switch (reader.CurrentBsonType)
        {
            case BsonType.Null:
                reader.ReadNull();
                return null;
            case BsonType.Int32:
                return reader.ReadInt32();
            case BsonType.Int64:
                return reader.ReadInt64();
            case BsonType.Double:
                return (long)reader.ReadDouble();
            default:
                throw new FormatException($"A stored avatar size is a {reader.CurrentBsonType}, not a number.");
        }
    }
}
