using Auth.Domain.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Auth.Infrastructure.Persistence.Mongo.Users;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>How a <see cref="RefreshToken"/> is stored in <c>refresh_tokens</c>; user and session by id only.</summary>
internal static class RefreshTokenClassMap
{
    public static readonly GuidIdSerializer<RefreshTokenId> IdSerializer = new(value => new RefreshTokenId(value), id => id.Value);

    public static void Register()
    {
        AggregateRootClassMap.Register(IdSerializer);
        BsonClassMap.RegisterClassMap<RefreshToken>(map =>
        {
            map.SetIgnoreExtraElements(true);
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
        });
    }
}
