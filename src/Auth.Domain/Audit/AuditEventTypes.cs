namespace Auth.Domain.Audit;

/// <summary>The stable names of the audit trail (the <c>type</c> filter of the admin listing). Never rename one.</summary>
public static class AuditEventTypes
{
    public const string SignedUp = "user.signed_up";
    public const string EmailVerified = "user.email_verified";
    public const string SignedIn = "user.signed_in";
    public const string SignInFailed = "user.sign_in_failed";
    public const string LockedOut = "user.locked_out";
    public const string Unlocked = "user.unlocked";
    public const string PasswordChanged = "user.password_changed";
    public const string UnprovenPasswordDiscarded = "user.unproven_password_discarded";
    public const string PasswordChangeFailed = "user.password_change_failed";
    public const string PasswordResetFailed = "user.password_reset_failed";
    public const string TwoFactorChanged = "user.two_factor_changed";
    public const string TotpEnabled = "user.totp_enabled";
    public const string TotpDisabled = "user.totp_disabled";
    public const string PasskeyAdded = "user.passkey_added";
    public const string PasskeyRemoved = "user.passkey_removed";
    public const string PasskeyCounterRegressed = "user.passkey_counter_regressed";
    public const string RecoveryCodeUsed = "user.recovery_code_used";
    public const string RecoveryCodesRegenerated = "user.recovery_codes_regenerated";
    public const string TwoFactorFailed = "user.two_factor_failed";
    public const string SecondFactorsReset = "user.second_factors_reset";
    public const string SignInChallengeExhausted = "session.sign_in_challenge_exhausted";
    public const string RoleChanged = "user.role_changed";
    public const string Deleted = "user.deleted";
    public const string DeleteFailed = "user.delete_failed";
    public const string Restored = "user.restored";
    public const string ReactivationFailed = "user.reactivation_failed";
    public const string CodeRequested = "otp.requested";
    public const string SessionRevoked = "session.revoked";
    public const string RefreshTokenReused = "session.refresh_token_reused";
    public const string ProviderSignedIn = "account.provider_signed_in";
    public const string AccountLinked = "account.linked";
    public const string AccountUnlinked = "account.unlinked";
}
