namespace Auth.Domain.Primitives;

/// <summary>Every stable error code the service answers with, in one place (docs/errors.md describes each).</summary>
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
    public const string AccountNotDeleted = "account_not_deleted";
    public const string PasswordNotSet = "password_not_set";
    public const string RedirectUriNotAllowed = "redirect_uri_not_allowed";
    public const string OAuthStateInvalid = "oauth_state_invalid";
    public const string OAuthCodeInvalid = "oauth_code_invalid";
    public const string AccessDenied = "access_denied";
    public const string ProviderError = "provider_error";
    public const string ProviderUnavailable = "provider_unavailable";
    public const string InvalidIdToken = "invalid_id_token";
    public const string ProviderEmailNotVerified = "provider_email_not_verified";
    public const string ProviderAlreadyLinked = "provider_already_linked";
    public const string ProviderAccountInUse = "provider_account_in_use";
    public const string LastSignInMethod = "last_sign_in_method";
    public const string PasskeyInvalid = "passkey_invalid";
    public const string TwoFactorInvalid = "two_factor_invalid";
    public const string TwoFactorChallengeInvalid = "two_factor_challenge_invalid";
    public const string TotpAlreadyEnabled = "totp_already_enabled";
    public const string TotpNotEnabled = "totp_not_enabled";
    public const string TotpNotPending = "totp_not_pending";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string ServiceUnavailable = "service_unavailable";
    public const string InternalError = "internal_error";
}
