using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Users;

/// <summary>How <see cref="Passkey"/> and <see cref="PasskeyChallenge"/> are stored; the user by id only.</summary>
internal static class PasskeyClassMaps
{
    public static readonly GuidIdSerializer<PasskeyId> IdSerializer = new(value => new PasskeyId(value), id => id.Value);

    public static readonly GuidIdSerializer<PasskeyChallengeId> ChallengeIdSerializer = new(value => new PasskeyChallengeId(value), id => id.Value);

    public static void Register()
    {
        AggregateRootClassMap.Register(IdSerializer);
        AggregateRootClassMap.Register(ChallengeIdSerializer);
        var time = UtcMillisecondsDateTimeOffsetSerializer.Instance;
        BsonClassMap.RegisterClassMap<Passkey>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapMember(p => p.UserId).SetElementName(PasskeyFields.UserId).SetSerializer(UserClassMap.IdSerializer);
            map.MapMember(p => p.CredentialId).SetElementName(PasskeyFields.CredentialId);
            map.MapMember(p => p.UserHandle).SetElementName(PasskeyFields.UserHandle);
            map.MapMember(p => p.PublicKey).SetElementName(PasskeyFields.PublicKey);
            map.MapMember(p => p.SignCount).SetElementName(PasskeyFields.SignCount);
            map.MapMember(p => p.Transports).SetElementName(PasskeyFields.Transports);
            map.MapMember(p => p.Aaguid).SetElementName(PasskeyFields.Aaguid).SetSerializer(new GuidSerializer(GuidRepresentation.Standard));
            map.MapMember(p => p.BackupEligible).SetElementName(PasskeyFields.BackupEligible);
            map.MapMember(p => p.BackedUp).SetElementName(PasskeyFields.BackedUp);
            map.MapMember(p => p.Name).SetElementName(PasskeyFields.Name);
            map.MapMember(p => p.LastUsedAt).SetElementName(PasskeyFields.LastUsedAt).SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
        });
        BsonClassMap.RegisterClassMap<PasskeyChallenge>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapMember(c => c.Ceremony).SetElementName(PasskeyFields.Ceremony).SetSerializer(new EnumSerializer<PasskeyCeremony>(BsonType.String));
            map.MapMember(c => c.UserId).SetElementName(PasskeyFields.UserId)
                .SetSerializer(new NullableSerializer<UserId>(UserClassMap.IdSerializer));
            map.MapMember(c => c.ChallengeHash).SetElementName(PasskeyFields.ChallengeHash);
            map.MapMember(c => c.Options).SetElementName(PasskeyFields.Options);
            map.MapMember(c => c.ExpiresAt).SetElementName(PasskeyFields.ExpiresAt).SetSerializer(time);
            map.MapMember(c => c.UsedAt).SetElementName(PasskeyFields.UsedAt).SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
        });
    }
}
