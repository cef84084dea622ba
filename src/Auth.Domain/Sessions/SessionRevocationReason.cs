namespace Auth.Domain.Sessions;

public enum SessionRevocationReason
{
    SignedOut,
    SignedOutEverywhere,
    RevokedByUser,
    RevokedByAdmin,
    PasswordChanged,
    AccountDeleted,
    RefreshTokenReused,
}
