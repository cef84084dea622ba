using Auth.Domain.Accounts;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo.Accounts;
using Auth.Infrastructure.Persistence.Mongo.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Users;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>The aggregate collections, in write order.</summary>
internal static class MongoAggregates
{
    public static readonly MongoAggregateCollection<User, UserId> Users =
        new(MongoCollectionNames.Users, 0, UserClassMap.IdSerializer, [AggregateFields.UpdatedAt, UserFields.LastSignInAt]);

    public static readonly MongoAggregateCollection<Session, SessionId> Sessions =
        new(MongoCollectionNames.Sessions, 1, SessionClassMap.IdSerializer);

    public static readonly MongoAggregateCollection<SignInChallenge, SignInChallengeId> SignInChallenges =
        new(MongoCollectionNames.SignInChallenges, 2, SignInChallengeClassMap.IdSerializer);

    public static readonly MongoAggregateCollection<Otp, OtpId> Otps = new(MongoCollectionNames.Otps, 3, OtpClassMap.IdSerializer);

    public static readonly MongoAggregateCollection<Account, AccountId> Accounts =
        new(MongoCollectionNames.Accounts, 4, AccountClassMap.IdSerializer);

    public static readonly MongoAggregateCollection<Passkey, PasskeyId> Passkeys =
        new(MongoCollectionNames.Passkeys, 5, PasskeyClassMaps.IdSerializer);

    public static readonly MongoAggregateCollection<PasskeyChallenge, PasskeyChallengeId> PasskeyChallenges =
        new(MongoCollectionNames.PasskeyChallenges, 6, PasskeyClassMaps.ChallengeIdSerializer);
}
