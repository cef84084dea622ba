using Auth.Domain.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Auth.Infrastructure.Persistence.Mongo.Users;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>
/// How a <see cref="Session"/> is stored in <c>sessions</c>, its refresh-token chain embedded; the user is referred to
/// by id only.
/// </summary>
internal static class SessionClassMap
{
    public static readonly GuidIdSerializer<SessionId> IdSerializer = new(value => new SessionId(value), id => id.Value);

    public static readonly WireNameSerializer<SessionRevocationReason> RevocationReasonSerializer =
        new(SessionRevocationReasonNames.ToWireName, SessionRevocationReasonNames.Parse);

    public static void Register()
    {
        AggregateRootClassMap.Register(IdSerializer);
        BsonClassMap.RegisterClassMap<Session>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapMember(s => s.UserId).SetElementName(SessionFields.UserId).SetSerializer(UserClassMap.IdSerializer);
            map.MapMember(s => s.TokenHash).SetElementName(SessionFields.TokenHash);
            map.MapMember(s => s.Ip).SetElementName(SessionFields.Ip);
            map.MapMember(s => s.UserAgent).SetElementName(SessionFields.UserAgent);
            map.MapMember(s => s.IsActive).SetElementName(SessionFields.IsActive);
            map.MapMember(s => s.LastUsedAt)
                .SetElementName(SessionFields.LastUsedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(s => s.ExpiresAt)
                .SetElementName(SessionFields.ExpiresAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(s => s.AbsoluteExpiresAt)
                .SetElementName(SessionFields.AbsoluteExpiresAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(s => s.RevokedAt)
                .SetElementName(SessionFields.RevokedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
            map.MapMember(s => s.RevocationReason)
                .SetElementName(SessionFields.RevocationReason)
                .SetSerializer(new NullableSerializer<SessionRevocationReason>(RevocationReasonSerializer));
            map.MapField("_refreshTokens").SetElementName(SessionFields.RefreshTokens).SetDefaultValue(() => new List<RefreshToken>());
        });
    }
}
