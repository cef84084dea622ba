using Auth.Domain.Policies;
using Auth.Domain.Primitives;

namespace Auth.Domain.Sessions;

/// <summary>
/// The refresh rule across the two aggregates of a session: rotate the presented token and slide the session;
/// on reuse of a rotated token, revoke the session and every token of its family (likely theft).
/// </summary>
public static class RefreshTokenRotation
{
    public static Result<RefreshToken> Rotate(
        Session session,
        RefreshToken presented,
        IEnumerable<RefreshToken> family,
        string newTokenHash,
        RefreshTokenPolicy tokenPolicy,
        SessionPolicy sessionPolicy,
        DateTimeOffset now)
    {
        var rotated = presented.Rotate(session, newTokenHash, tokenPolicy, now);
        if (rotated.IsSuccess)
        {
            session.Touch(now, sessionPolicy);
            return rotated;
        }

        if (rotated.Error!.Code == ErrorCodes.RefreshTokenReused)
        {
            session.RevokeForTokenReuse(now);
            RevokeFamily(session, family, SessionRevocationReason.RefreshTokenReused, now);
        }

        return rotated;
    }

    /// <summary>Ends a session and every refresh token issued for it.</summary>
    public static void RevokeFamily(Session session, IEnumerable<RefreshToken> family, SessionRevocationReason reason, DateTimeOffset now)
    {
        session.Revoke(reason, now);
        foreach (var token in family.Where(t => t.SessionId == session.Id)) token.Revoke(now);
    }
}
