using Auth.Infrastructure.Persistence.Mongo.Serialization;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo.KeyMaterial;

/// <summary>How signing keys and server secrets are stored; each is keyed by its natural key in <c>_id</c>.</summary>
internal static class KeyMaterialClassMaps
{
    public static void Register()
    {
        BsonClassMap.RegisterClassMap<SigningKeyDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(k => k.KeyId);
            map.MapMember(k => k.Algorithm).SetElementName(KeyMaterialFields.Algorithm);
            map.MapMember(k => k.PrivateKey).SetElementName(KeyMaterialFields.PrivateKey);
            map.MapMember(k => k.CreatedAt)
                .SetElementName(KeyMaterialFields.CreatedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(k => k.RetiresAt)
                .SetElementName(KeyMaterialFields.RetiresAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(k => k.ExpiresAt)
                .SetElementName(KeyMaterialFields.ExpiresAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
        });
        BsonClassMap.RegisterClassMap<ServerSecretDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(s => s.Name);
            map.MapMember(s => s.Value).SetElementName(KeyMaterialFields.Value);
            map.MapMember(s => s.CreatedAt)
                .SetElementName(KeyMaterialFields.CreatedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
        });
    }
}
