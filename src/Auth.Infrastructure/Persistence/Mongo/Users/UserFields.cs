namespace Auth.Infrastructure.Persistence.Mongo.Users;

/// <summary>
/// Field names of a <c>users</c> document: the reference schema's camelCase names where the meaning is the same
/// (<c>lockUntil</c>, <c>reActivateAvailableAt</c>), the domain's names where the relational tables use them too
/// (<c>passwordHash</c>, <c>lastSignInAt</c>, <c>failedSignInCount</c>).
/// </summary>
internal static class UserFields
{
    public const string Name = "name";
    public const string Email = "email";
    public const string PasswordHash = "passwordHash";
    public const string Role = "role";
    public const string Provider = "provider";
    public const string ProviderId = "providerId";
    public const string Avatar = "avatar";
    public const string AvatarUrl = "url";
    public const string AvatarPublicId = "publicId";
    public const string AvatarSize = "size";
    public const string IsEmailVerified = "isEmailVerified";
    public const string LastSignInAt = "lastSignInAt";
    public const string TwoFactorEnabled = "twoFactorEnabled";
    public const string TotpSecret = "totpSecret";
    public const string TotpPendingSecret = "totpPendingSecret";
    public const string TotpEnabledAt = "totpEnabledAt";
    public const string TotpLastAcceptedStep = "totpLastAcceptedStep";
    public const string PasskeyCount = "passkeyCount";
    public const string RecoveryCodeHashes = "recoveryCodeHashes";
    public const string FailedSignInCount = "failedSignInCount";
    public const string LockUntil = "lockUntil";
    public const string IsDeleted = "isDeleted";
    public const string DeletedAt = "deletedAt";
    public const string ReActivateAvailableAt = "reActivateAvailableAt";
}
