using Auth.Domain.Accounts;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Auth.Infrastructure.Persistence.Mongo.Users;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo.Accounts;

/// <summary>
/// How an <see cref="Account"/> is stored in <c>accounts</c>: the user by id, the provider by its contract name, and
/// the provider tokens exactly as the domain holds them, that is as the protector's ciphertext (never in clear).
/// </summary>
internal static class AccountClassMap
{
    public static readonly GuidIdSerializer<AccountId> IdSerializer = new(value => new AccountId(value), id => id.Value);

    public static void Register()
    {
        AggregateRootClassMap.Register(IdSerializer);
        BsonClassMap.RegisterClassMap<Account>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapMember(a => a.UserId).SetElementName(AccountFields.UserId).SetSerializer(UserClassMap.IdSerializer);
            map.MapMember(a => a.Provider).SetElementName(AccountFields.Provider).SetSerializer(UserClassMap.ProviderSerializer);
            map.MapMember(a => a.ProviderAccountId).SetElementName(AccountFields.ProviderAccountId);
            map.MapMember(a => a.AccessToken).SetElementName(AccountFields.AccessToken);
            map.MapMember(a => a.RefreshToken).SetElementName(AccountFields.RefreshToken);
            map.MapMember(a => a.AccessTokenExpiresAt)
                .SetElementName(AccountFields.AccessTokenExpiresAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
            map.MapMember(a => a.Scope).SetElementName(AccountFields.Scope);
            map.MapMember(a => a.LinkedAt)
                .SetElementName(AccountFields.LinkedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
            map.MapMember(a => a.LastSignInAt)
                .SetElementName(AccountFields.LastSignInAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
        });
    }
}
