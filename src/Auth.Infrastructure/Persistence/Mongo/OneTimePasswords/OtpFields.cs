namespace Auth.Infrastructure.Persistence.Mongo.OneTimePasswords;

/// <summary>Field names of an <c>otps</c> document (the reference schema's, with <c>codeHash</c> for its <c>otpHashCode</c>).</summary>
internal static class OtpFields
{
    public const string Email = "email";
    public const string Type = "type";
    public const string CodeHash = "codeHash";
    public const string ExpiresAt = "expiresAt";
    public const string NextResendAllowedAt = "nextResendAllowedAt";
    public const string Attempts = "attempts";
    public const string MaxAttempts = "maxAttempts";
    public const string IsUsed = "isUsed";
    public const string UsedAt = "usedAt";
    public const string IsSuperseded = "isSuperseded";
}
