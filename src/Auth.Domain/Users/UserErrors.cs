using Auth.Domain.Primitives;

namespace Auth.Domain.Users;

public static class UserErrors
{
    public static readonly Error EmailRequired = Field("email", "Email is required.");
    public static readonly Error EmailInvalid = Field("email", "Email is not a valid address.");
    public static readonly Error NameRequired = Field("name", "Name is required.");
    public static readonly Error NameInvalid = Field("name", $"Name must be 1–{PersonName.MaxLength} characters without control characters.");
    public static readonly Error AvatarInvalid = Field("avatar", "Avatar needs an absolute http(s) url; publicId and size are optional.");

    /// <summary>Wrong email or wrong password: one answer for both, so accounts cannot be enumerated.</summary>
    public static readonly Error InvalidCredentials =
        new(ErrorCodes.InvalidCredentials, "The email or password is incorrect.", ErrorKind.Unauthorized);

    public static readonly Error EmailNotVerified =
        new(ErrorCodes.EmailNotVerified, "Verify your email address before signing in.", ErrorKind.Forbidden);

    public static readonly Error EmailTaken =
        new(ErrorCodes.EmailTaken, "An account with this email already exists.", ErrorKind.Conflict);

    public static readonly Error NotFound = new(ErrorCodes.NotFound, "The user does not exist.", ErrorKind.NotFound);

    public static readonly Error NotDeleted =
        new(ErrorCodes.AccountNotDeleted, "The account is not deleted; sign in instead.", ErrorKind.Conflict);

    public static readonly Error NoPassword =
        new(ErrorCodes.PasswordNotSet, "This account signs in through its provider and has no password.", ErrorKind.Forbidden);

    /// <summary>A wrong second-factor code: an authenticator code outside the window or used before, or an unknown recovery code.</summary>
    public static readonly Error TwoFactorInvalid =
        new(ErrorCodes.TwoFactorInvalid, "The code is not valid.", ErrorKind.Validation);

    public static readonly Error TotpAlreadyEnabled =
        new(ErrorCodes.TotpAlreadyEnabled, "The authenticator app is already on; turn it off first.", ErrorKind.Conflict);

    public static readonly Error TotpNotEnabled =
        new(ErrorCodes.TotpNotEnabled, "The authenticator app is not on.", ErrorKind.Conflict);

    public static readonly Error TotpNotPending =
        new(ErrorCodes.TotpNotPending, "Start the authenticator enrolment first.", ErrorKind.Conflict);

    public static Error LockedOut(DateTimeOffset lockedUntil) =>
        new Error(ErrorCodes.AccountLocked, "Too many failed sign-ins; the account is locked.", ErrorKind.Locked)
            .WithDetail("lockedUntil", lockedUntil);

    public static Error Deleted(DateTimeOffset reactivateAvailableAt) =>
        new Error(ErrorCodes.AccountDeleted, "The account is deleted.", ErrorKind.Forbidden)
            .WithDetail("reactivateAvailableAt", reactivateAvailableAt);

    private static Error Field(string field, string message) =>
        new Error(ErrorCodes.ValidationFailed, message, ErrorKind.Validation).WithDetail("field", field);
}
