namespace Auth.Infrastructure.Persistence.Mongo.Users;

/// <summary>Field names of <c>passkeys</c> and <c>passkey_challenges</c> documents (the relational columns, in camelCase).</summary>
internal static class PasskeyFields
{
    public const string UserId = "userId";
    public const string CredentialId = "credentialId";
    public const string UserHandle = "userHandle";
    public const string PublicKey = "publicKey";
    public const string SignCount = "signCount";
    public const string Transports = "transports";
    public const string Aaguid = "aaguid";
    public const string BackupEligible = "backupEligible";
    public const string BackedUp = "backedUp";
    public const string Name = "name";
    public const string LastUsedAt = "lastUsedAt";

    public const string Ceremony = "ceremony";
    public const string ChallengeHash = "challengeHash";
    public const string Options = "options";
    public const string ExpiresAt = "expiresAt";
    public const string UsedAt = "usedAt";
}
