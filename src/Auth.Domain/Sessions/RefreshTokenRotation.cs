using Auth.Domain.Policies;
using Auth.Domain.Primitives;

namespace Auth.Domain.Sessions;

/// <summary>
/// The refresh rule across the two aggregates of a session: rotate the presented token and slide the session;
/// on reuse of a rotated token, revoke the session and every token of its family (likely theft).
/// </summary>
public static class RefreshTokenRotation
{
    /// <summary>
    /// Rotates the presented token and slides the session. On reuse the session is revoked here and the caller must
    /// then revoke the rest of its family (<see cref="RequiresFamilyRevocation"/>, <see cref="RevokeFamily"/>): the
    /// family is needed only on that rare path, so a normal rotation never loads it.
    /// </summary>
    public static Result<RefreshToken> Rotate(
        Session session,
        RefreshToken presented,
        string newTokenHash,
        RefreshTokenPolicy tokenPolicy,
        SessionPolicy sessionPolicy,
        DateTimeOffset now)
    {
        var rotated = presented.Rotate(session, newTokenHash, tokenPolicy, now);
        if (rotated.IsSuccess) session.Touch(now, sessionPolicy);
        else if (RequiresFamilyRevocation(rotated.Error!)) session.RevokeForTokenReuse(now);
        return rotated;
    }

    /// <summary>A failed rotation that was reuse: every token of the session's family must be revoked too.</summary>
    public static bool RequiresFamilyRevocation(Error failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Code == ErrorCodes.RefreshTokenReused;
    }

    /// <summary>Ends a session and every refresh token issued for it.</summary>
    public static void RevokeFamily(Session session, IEnumerable<RefreshToken> family, SessionRevocationReason reason, DateTimeOffset now)
    {
        session.Revoke(reason, now);
        foreach (var token in family.Where(t => t.SessionId == session.Id)) token.Revoke(now);
    }
}
