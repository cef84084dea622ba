namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>One collection per aggregate, plus the key material and rate-limit counters: the same names as the relational tables.</summary>
internal static class MongoCollectionNames
{
    public const string Users = "users";
    public const string Otps = "otps";
    public const string Sessions = "sessions";
    public const string SignInChallenges = "sign_in_challenges";
    public const string Passkeys = "passkeys";
    public const string PasskeyChallenges = "passkey_challenges";

    /// <summary>Where refresh tokens were kept before they moved into their session's document (<see cref="Sessions.RefreshTokenChainMigration"/>).</summary>
    public const string RefreshTokens = "refresh_tokens";
    public const string SigningKeys = "signing_keys";
    public const string ServerSecrets = "server_secrets";
    public const string Accounts = "accounts";
    public const string Verifications = "verifications";
    public const string AuditEntries = "audit_entries";
    public const string RateLimits = "rate_limits";
    public const string MailOutbox = "mail_outbox";
}
