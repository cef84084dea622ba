using Auth.Domain.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Auth.Infrastructure.Persistence.Mongo.Users;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>How a link of the refresh-token chain is stored inside its session's document.</summary>
internal static class RefreshTokenClassMap
{
    public static readonly GuidIdSerializer<RefreshTokenId> IdSerializer = new(value => new RefreshTokenId(value), id => id.Value);

    public static void Register() =>
        BsonClassMap.RegisterClassMap<RefreshToken>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(t => t.Id).SetSerializer(IdSerializer);
            map.MapMember(t => t.UserId).SetElementName(RefreshTokenFields.UserId).SetSerializer(UserClassMap.IdSerializer);
            map.MapMember(t => t.SessionId).SetElementName(RefreshTokenFields.SessionId).SetSerializer(SessionClassMap.IdSerializer);
            map.MapMember(t => t.TokenHash).SetElementName(RefreshTokenFields.TokenHash);
            map.MapMember(t => t.ExpiresAt)
                .SetElementName(RefreshTokenFields.ExpiresAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(t => t.IsRevoked).SetElementName(RefreshTokenFields.IsRevoked);
            map.MapMember(t => t.RevokedAt)
                .SetElementName(RefreshTokenFields.RevokedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
            map.MapMember(t => t.ReplacedByTokenHash).SetElementName(RefreshTokenFields.ReplacedByTokenHash);
            map.MapMember(t => t.CreatedAt)
                .SetElementName(RefreshTokenFields.CreatedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(t => t.UpdatedAt)
                .SetElementName(RefreshTokenFields.UpdatedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
        });
}
