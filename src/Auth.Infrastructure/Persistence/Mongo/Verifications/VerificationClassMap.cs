using Auth.Infrastructure.Persistence.Mongo.Serialization;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Verifications;

/// <summary>
/// How a <see cref="VerificationDocument"/> is stored: <c>_id</c> a standard UUID, times as millisecond UTC dates.
/// The unit of work adds <c>version: 1</c> when it inserts one, as it does to every document it writes; entries are
/// never replaced, only taken (deleted) once.
/// </summary>
internal static class VerificationClassMap
{
    public static void Register()
    {
        BsonClassMap.RegisterClassMap<VerificationDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(v => v.Id).SetSerializer(new GuidSerializer(GuidRepresentation.Standard));
            map.MapMember(v => v.Identifier).SetElementName(VerificationFields.Identifier);
            map.MapMember(v => v.ValueHash).SetElementName(VerificationFields.ValueHash);
            map.MapMember(v => v.Payload).SetElementName(VerificationFields.Payload);
            map.MapMember(v => v.CreatedAt)
                .SetElementName(VerificationFields.CreatedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(v => v.ExpiresAt)
                .SetElementName(VerificationFields.ExpiresAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
        });
    }
}
