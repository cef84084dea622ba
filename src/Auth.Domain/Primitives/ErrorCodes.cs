namespace Auth.Domain.Primitives;

/// <summary>The stable error codes of the REST contract (docs/errors.md lists them).</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string InvalidCredentials = "invalid_credentials";
    public const string Unauthorized = "unauthorized";
    public const string EmailNotVerified = "email_not_verified";
    public const string AccountDeleted = "account_deleted";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string EmailTaken = "email_taken";
    public const string Conflict = "conflict";
    public const string AccountLocked = "account_locked";
    public const string OtpInvalid = "otp_invalid";
    public const string OtpAttemptsExceeded = "otp_attempts_exceeded";
    public const string OtpResendCooldown = "otp_resend_cooldown";
    public const string RefreshTokenInvalid = "refresh_token_invalid";
    public const string RefreshTokenReused = "refresh_token_reused";
    public const string RateLimited = "rate_limited";
}
