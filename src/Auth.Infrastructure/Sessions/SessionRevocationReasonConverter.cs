using Auth.Domain.Sessions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Sessions;

/// <summary>
/// Stores why a session ended as a stable snake_case name. The contract does not name these, so the names are
/// fixed here: renaming an enum member must not change stored data.
/// </summary>
internal sealed class SessionRevocationReasonConverter()
    : ValueConverter<SessionRevocationReason, string>(reason => ToName(reason), value => Parse(value))
{
    public const int MaxLength = 32;

    private static string ToName(SessionRevocationReason reason) => reason switch
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

    private static SessionRevocationReason Parse(string value) => value switch
    {
        "signed_out" => SessionRevocationReason.SignedOut,
        "signed_out_everywhere" => SessionRevocationReason.SignedOutEverywhere,
        "revoked_by_user" => SessionRevocationReason.RevokedByUser,
        "revoked_by_admin" => SessionRevocationReason.RevokedByAdmin,
        "password_changed" => SessionRevocationReason.PasswordChanged,
        "account_deleted" => SessionRevocationReason.AccountDeleted,
        "refresh_token_reused" => SessionRevocationReason.RefreshTokenReused,
        _ => throw new InvalidOperationException($"Unknown session revocation reason '{value}' in the database."),
    };
}
