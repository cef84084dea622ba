using Auth.Infrastructure.Persistence.Mongo;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>The adapter's BSON mapping without a server: to a document, and through BSON bytes back.</summary>
internal static class MongoBson
{
    public static BsonDocument ToDocument<T>(T value)
    {
        MongoClassMaps.EnsureRegistered();
        return value.ToBsonDocument(BsonSerializer.LookupSerializer<T>());
    }

    public static T FromDocument<T>(BsonDocument document)
    {
        MongoClassMaps.EnsureRegistered();
        return BsonSerializer.Deserialize<T>(document.ToBson());
    }

    /// <summary>Serialized to BSON bytes (as the driver sends them) and read back.</summary>
    public static T RoundTrip<T>(T value) => FromDocument<T>(ToDocument(value));

    public static IEnumerable<string> FieldNames(BsonDocument document) => document.Names;

    public static BsonBinaryData StandardUuid(Guid value) => new(value, GuidRepresentation.Standard);
}
