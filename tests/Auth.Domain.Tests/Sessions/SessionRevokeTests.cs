using Auth.Domain.Sessions;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.Sessions;

public sealed class SessionRevokeTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void Revoke_EndsTheSessionWithItsReasonAndRaisesSessionRevoked()
    {
        var session = SessionBuilder.Started().Build();
        var revokedAt = Now.AddHours(2);

        session.Revoke(SessionRevocationReason.SignedOut, revokedAt);

        Assert.False(session.IsActive);
        Assert.False(session.IsActiveAt(revokedAt));
        Assert.Equal(revokedAt, session.RevokedAt);
        Assert.Equal(SessionRevocationReason.SignedOut, session.RevocationReason);
        var revoked = Assert.IsType<SessionRevoked>(Assert.Single(session.DomainEvents));
        Assert.Equal(session.Id, revoked.SessionId);
        Assert.Equal(session.UserId, revoked.UserId);
        Assert.Equal(SessionRevocationReason.SignedOut, revoked.Reason);
        Assert.Equal(revokedAt, revoked.OccurredAt);
    }

    [Fact]
    public void Revoke_Twice_KeepsTheFirstReasonAndTimeAndRaisesOnce()
    {
        var session = SessionBuilder.Started().Build();
        session.Revoke(SessionRevocationReason.SignedOut, Now.AddHours(1));

        session.Revoke(SessionRevocationReason.RevokedByAdmin, Now.AddHours(2));

        Assert.Equal(SessionRevocationReason.SignedOut, session.RevocationReason);
        Assert.Equal(Now.AddHours(1), session.RevokedAt);
        Assert.IsType<SessionRevoked>(Assert.Single(session.DomainEvents));
    }

    [Theory]
    [InlineData(SessionRevocationReason.SignedOut)]
    [InlineData(SessionRevocationReason.SignedOutEverywhere)]
    [InlineData(SessionRevocationReason.RevokedByUser)]
    [InlineData(SessionRevocationReason.RevokedByAdmin)]
    [InlineData(SessionRevocationReason.PasswordChanged)]
    [InlineData(SessionRevocationReason.AccountDeleted)]
    public void Revoke_ForAnyOtherReason_DoesNotReportReuse(SessionRevocationReason reason)
    {
        var session = SessionBuilder.Started().Build();

        session.Revoke(reason, Now.AddHours(1));

        Assert.IsType<SessionRevoked>(Assert.Single(session.DomainEvents));
    }
}
