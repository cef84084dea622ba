using Auth.Domain.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Auth.Infrastructure.Persistence.Mongo.Users;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo.OneTimePasswords;

/// <summary>How an <see cref="Otp"/> is stored in <c>otps</c>: the type by its contract name, times as BSON dates.</summary>
internal static class OtpClassMap
{
    public static readonly GuidIdSerializer<OtpId> IdSerializer = new(value => new OtpId(value), id => id.Value);

    public static readonly WireNameSerializer<OtpType> TypeSerializer =
        new(type => type.ToWireName(), name => OtpTypeNames.TryParse(name, out var type) ? type : null);

    public static void Register()
    {
        AggregateRootClassMap.Register(IdSerializer);
        BsonClassMap.RegisterClassMap<Otp>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapMember(o => o.Email).SetElementName(OtpFields.Email).SetSerializer(UserClassMap.EmailSerializer);
            map.MapMember(o => o.Type).SetElementName(OtpFields.Type).SetSerializer(TypeSerializer);
            map.MapMember(o => o.CodeHash).SetElementName(OtpFields.CodeHash);
            map.MapMember(o => o.ExpiresAt)
                .SetElementName(OtpFields.ExpiresAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(o => o.NextResendAllowedAt)
                .SetElementName(OtpFields.NextResendAllowedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(o => o.Attempts).SetElementName(OtpFields.Attempts);
            map.MapMember(o => o.MaxAttempts).SetElementName(OtpFields.MaxAttempts);
            map.MapMember(o => o.IsUsed).SetElementName(OtpFields.IsUsed);
            map.MapMember(o => o.UsedAt)
                .SetElementName(OtpFields.UsedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
            map.MapMember(o => o.IsSuperseded).SetElementName(OtpFields.IsSuperseded);
        });
    }
}
