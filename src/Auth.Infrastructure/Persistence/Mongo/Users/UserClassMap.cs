using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using MongoDB.Bson.Serialization;

namespace Auth.Infrastructure.Persistence.Mongo.Users;

/// <summary>
/// How a <see cref="User"/> is stored in <c>users</c> (the Mongo counterpart of <c>UserConfiguration</c>): private
/// setters mapped by name, value objects as strings, role and provider by their contract names, the avatar as a
/// subdocument. Unknown fields are ignored, so that documents written by a newer version still load.
/// </summary>
internal static class UserClassMap
{
    public static readonly GuidIdSerializer<UserId> IdSerializer = new(value => new UserId(value), id => id.Value);

    public static readonly StringValueSerializer<EmailAddress> EmailSerializer = new(EmailAddress.FromTrusted, email => email.Value);

    public static readonly StringValueSerializer<PersonName> NameSerializer = new(PersonName.FromTrusted, name => name.Value);

    public static readonly WireNameSerializer<Role> RoleSerializer =
        new(role => role.ToWireName(), name => WireNames.TryParseRole(name, out var role) ? role : null);

    public static readonly WireNameSerializer<AuthProvider> ProviderSerializer =
        new(provider => provider.ToWireName(), name => WireNames.TryParseProvider(name, out var provider) ? provider : null);

    public static void Register()
    {
        AggregateRootClassMap.Register(IdSerializer);
        BsonClassMap.RegisterClassMap<User>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapMember(u => u.Name).SetElementName(UserFields.Name).SetSerializer(NameSerializer);
            map.MapMember(u => u.Email).SetElementName(UserFields.Email).SetSerializer(EmailSerializer);
            map.MapMember(u => u.PasswordHash).SetElementName(UserFields.PasswordHash);
            map.MapMember(u => u.Role).SetElementName(UserFields.Role).SetSerializer(RoleSerializer);
            map.MapMember(u => u.Provider).SetElementName(UserFields.Provider).SetSerializer(ProviderSerializer);
            map.MapMember(u => u.ProviderId).SetElementName(UserFields.ProviderId);
            map.MapMember(u => u.Avatar).SetElementName(UserFields.Avatar).SetSerializer(AvatarSerializer.Instance);
            map.MapMember(u => u.IsEmailVerified).SetElementName(UserFields.IsEmailVerified);
            map.MapMember(u => u.LastSignInAt)
                .SetElementName(UserFields.LastSignInAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
            map.MapMember(u => u.TwoFactorEnabled).SetElementName(UserFields.TwoFactorEnabled);
            map.MapMember(u => u.TotpSecret).SetElementName(UserFields.TotpSecret);
            map.MapMember(u => u.PendingTotpSecret).SetElementName(UserFields.TotpPendingSecret);
            map.MapMember(u => u.TotpEnabledAt)
                .SetElementName(UserFields.TotpEnabledAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
            map.MapMember(u => u.TotpLastAcceptedStep).SetElementName(UserFields.TotpLastAcceptedStep);
            map.MapMember(u => u.PasskeyCount).SetElementName(UserFields.PasskeyCount);
            map.MapMember(u => u.RecoveryCodes)
                .SetElementName(UserFields.RecoveryCodeHashes)
                .SetSerializer(RecoveryCodesSerializer.Instance)
                .SetDefaultValue(RecoveryCodes.None);
            map.MapMember(u => u.FailedSignInCount).SetElementName(UserFields.FailedSignInCount);
            map.MapMember(u => u.LockedUntil)
                .SetElementName(UserFields.LockUntil)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
            map.MapMember(u => u.IsDeleted).SetElementName(UserFields.IsDeleted);
            map.MapMember(u => u.DeletedAt)
                .SetElementName(UserFields.DeletedAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
            map.MapMember(u => u.ReactivateAvailableAt)
                .SetElementName(UserFields.ReActivateAvailableAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.NullableInstance);
        });
    }
}
