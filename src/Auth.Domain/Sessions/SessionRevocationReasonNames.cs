namespace Auth.Domain.Sessions;

/// <summary>
/// The one table of stable snake_case names for <see cref="SessionRevocationReason"/>: stored by every database and
/// written into audit details. Renaming an enum member must not change these.
/// </summary>
public static class SessionRevocationReasonNames
{
    /// <summary>The longest name, with room to spare: the width of the stored column.</summary>
    public const int MaxLength = 32;

    private static readonly (SessionRevocationReason Reason, string Name)[] Names =
    [
        (SessionRevocationReason.SignedOut, "signed_out"),
        (SessionRevocationReason.SignedOutEverywhere, "signed_out_everywhere"),
        (SessionRevocationReason.RevokedByUser, "revoked_by_user"),
        (SessionRevocationReason.RevokedByAdmin, "revoked_by_admin"),
        (SessionRevocationReason.PasswordChanged, "password_changed"),
        (SessionRevocationReason.AccountDeleted, "account_deleted"),
        (SessionRevocationReason.RefreshTokenReused, "refresh_token_reused"),
    ];

    public static string ToWireName(this SessionRevocationReason reason)
    {
        foreach (var (known, name) in Names)
        {
            if (known == reason) return name;
        }

        throw new ArgumentOutOfRangeException(nameof(reason), reason, null);
    }

    /// <summary>The reason a stored name stands for; null for a name this table does not have.</summary>
    public static SessionRevocationReason? Parse(string? name)
    {
        foreach (var (reason, known) in Names)
        {
            if (string.Equals(known, name, StringComparison.Ordinal)) return reason;
        }

        return null;
    }
}
