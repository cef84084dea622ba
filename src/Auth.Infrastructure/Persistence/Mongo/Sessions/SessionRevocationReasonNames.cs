using Auth.Domain.Sessions;

namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

/// <summary>
/// The stored names of <see cref="SessionRevocationReason"/>: the same snake_case names the relational tables
/// store (<c>SessionRevocationReasonConverter</c>), fixed here so that renaming a member changes no stored data.
/// </summary>
internal static class SessionRevocationReasonNames
{
    public static string ToName(SessionRevocationReason reason) => reason switch
    {
        SessionRevocationReason.SignedOut => "signed_out",
        SessionRevocationReason.SignedOutEverywhere => "signed_out_everywhere",
        SessionRevocationReason.RevokedByUser => "revoked_by_user",
        SessionRevocationReason.RevokedByAdmin => "revoked_by_admin",
        SessionRevocationReason.PasswordChanged => "password_changed",
        SessionRevocationReason.AccountDeleted => "account_deleted",
        SessionRevocationReason.RefreshTokenReused => "refresh_token_reused",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static SessionRevocationReason? Parse(string? name) => name switch
    {
        "signed_out" => SessionRevocationReason.SignedOut,
        "signed_out_everywhere" => SessionRevocationReason.SignedOutEverywhere,
        "revoked_by_user" => SessionRevocationReason.RevokedByUser,
        "revoked_by_admin" => SessionRevocationReason.RevokedByAdmin,
        "password_changed" => SessionRevocationReason.PasswordChanged,
        "account_deleted" => SessionRevocationReason.AccountDeleted,
        "refresh_token_reused" => SessionRevocationReason.RefreshTokenReused,
        _ => null,
    };
}
