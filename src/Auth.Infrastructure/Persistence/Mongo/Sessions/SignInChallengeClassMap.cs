using Auth.Domain.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Auth.Infrastructure.Persistence.Mongo.Users;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>How a <see cref="SignInChallenge"/> is stored in <c>sign_in_challenges</c>; the user by id only.</summary>
internal static class SignInChallengeClassMap
{
    public static readonly GuidIdSerializer<SignInChallengeId> IdSerializer = new(value => new SignInChallengeId(value), id => id.Value);

    public static void Register()
    {
        AggregateRootClassMap.Register(IdSerializer);
        BsonClassMap.RegisterClassMap<SignInChallenge>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapMember(c => c.UserId).SetElementName(SignInChallengeFields.UserId).SetSerializer(UserClassMap.IdSerializer);
            map.MapMember(c => c.TokenHash).SetElementName(SignInChallengeFields.TokenHash);
            map.MapMember(c => c.ExpiresAt)
                .SetElementName(SignInChallengeFields.ExpiresAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(c => c.FailedAttempts).SetElementName(SignInChallengeFields.FailedAttempts);
            map.MapMember(c => c.CompletedAt)
                .SetElementName(SignInChallengeFields.CompletedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
        });
    }
}
