using Auth.Domain.Primitives;

namespace Auth.Domain.OneTimePasswords;

public static class OtpErrors
{
    /// <summary>Wrong, expired, superseded or already-used: one answer for all, as the contract asks.</summary>
    public static readonly Error Invalid = new(ErrorCodes.OtpInvalid, "The code is invalid or has expired.", ErrorKind.Validation);

    public static readonly Error AttemptsExceeded =
        new(ErrorCodes.OtpAttemptsExceeded, "The code has used up its attempts; request a new one.", ErrorKind.TooManyRequests);

    public static Error ResendCooldown(DateTimeOffset nextResendAllowedAt) =>
        new Error(ErrorCodes.OtpResendCooldown, "A new code was requested too soon.", ErrorKind.TooManyRequests)
            .WithDetail("nextResendAllowedAt", nextResendAllowedAt);
}
