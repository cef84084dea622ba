using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.Sessions;

public sealed class SessionRefreshTests
{
    private const string FirstHash = "rt-1";
    private const string SecondHash = "rt-2";
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly DateTimeOffset FirstRotation = Now.AddHours(1);
    private static readonly RefreshTokenPolicy ThirtySecondGrace = RefreshTokenPolicy.Default with { ReuseGrace = TimeSpan.FromSeconds(30) };

    [Fact]
    public void Refresh_TheCurrentToken_IssuesASuccessorAndSlidesTheSession()
    {
        var session = WithFirstToken(RefreshTokenPolicy.Default);
        var at = Now.AddDays(2);

        var result = Refresh(session, FirstHash, SecondHash, RefreshTokenPolicy.Default, at);

        Assert.True(result.IsSuccess, result.Error?.Code);
        var successor = result.Value;
        Assert.Equal(SecondHash, successor.TokenHash);
        Assert.Equal(session.Id, successor.SessionId);
        Assert.Equal(session.UserId, successor.UserId);
        Assert.Equal(at.AddDays(7), successor.ExpiresAt);
        Assert.True(successor.IsUsableAt(at));
        Assert.Equal(at, session.LastUsedAt);
        Assert.Equal(at.AddDays(7), session.ExpiresAt);
        Assert.True(session.IsActive);
        Assert.Empty(session.DomainEvents);
    }

    [Fact]
    public void Refresh_TheCurrentToken_RevokesItAndRecordsItsSuccessor()
    {
        var session = WithFirstToken(RefreshTokenPolicy.Default);

        Refresh(session, FirstHash, SecondHash, RefreshTokenPolicy.Default, FirstRotation);

        var first = session.RefreshTokens.Single(t => t.TokenHash == FirstHash);
        Assert.True(first.IsRevoked);
        Assert.True(first.IsRotated);
        Assert.Equal(FirstRotation, first.RevokedAt);
        Assert.Equal(SecondHash, first.ReplacedByTokenHash);
    }

    [Fact]
    public void Refresh_InTheSameInstantAsTheLastUse_StillDemandsANewVersionOfTheSession()
    {
        var session = WithFirstToken(RefreshTokenPolicy.Default);

        Refresh(session, FirstHash, SecondHash, RefreshTokenPolicy.Default, Now);

        Assert.True(session.NeedsNewVersion);
    }

    [Fact]
    public void Refresh_ARotatedTokenWithinTheGrace_DemandsNoNewVersion()
    {
        var session = RotatedOnce(ThirtySecondGrace);

        Refresh(session, FirstHash, "rt-3", ThirtySecondGrace, FirstRotation.AddSeconds(10));

        Assert.False(session.NeedsNewVersion);
    }

    [Fact]
    public void Refresh_LateInTheSession_GivesASuccessorThatNeverOutlivesTheSession()
    {
        var policy = new SessionPolicy(Lifetime: TimeSpan.FromDays(30), AbsoluteLifetime: TimeSpan.FromDays(30));
        var session = SessionBuilder.Started().WithPolicy(policy).Build();
        session.IssueRefreshToken(FirstHash, RefreshTokenPolicy.Default, Now.AddDays(27));

        var successor = session.Refresh(FirstHash, SecondHash, RefreshTokenPolicy.Default, policy, Now.AddDays(28)).Value;

        Assert.Equal(Now.AddDays(30), successor.ExpiresAt);
    }

    [Fact]
    public void Refresh_ARotatedToken_ReturnsRefreshTokenReusedAndEndsTheSession()
    {
        var session = RotatedOnce(RefreshTokenPolicy.Default);
        var replayAt = FirstRotation.AddMinutes(10);

        var result = Refresh(session, FirstHash, "rt-3", RefreshTokenPolicy.Default, replayAt);

        Assert.Equal("refresh_token_reused", result.Error?.Code);
        Assert.False(session.IsActive);
        Assert.Equal(SessionRevocationReason.RefreshTokenReused, session.RevocationReason);
        Assert.Equal(replayAt, session.RevokedAt);
    }

    [Fact]
    public void Refresh_ARotatedTokenInTheSameInstantWithNoGrace_IsReuse()
    {
        var session = RotatedOnce(RefreshTokenPolicy.Default);

        var result = Refresh(session, FirstHash, "rt-3", RefreshTokenPolicy.Default, FirstRotation);

        Assert.Equal("refresh_token_reused", result.Error?.Code);
    }

    [Fact]
    public void Refresh_AfterReuse_RefusesTheLegitimateHoldersTokenToo()
    {
        var session = RotatedOnce(RefreshTokenPolicy.Default);
        Refresh(session, FirstHash, "rt-3", RefreshTokenPolicy.Default, FirstRotation.AddMinutes(10));

        var result = Refresh(session, SecondHash, "rt-4", RefreshTokenPolicy.Default, FirstRotation.AddMinutes(11));

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
    }

    [Fact]
    public void Refresh_ARotatedToken_RaisesSessionRevokedAndRefreshTokenReuseDetected()
    {
        var session = RotatedOnce(RefreshTokenPolicy.Default);
        var replayAt = FirstRotation.AddMinutes(10);

        Refresh(session, FirstHash, "rt-3", RefreshTokenPolicy.Default, replayAt);

        Assert.Collection(
            session.DomainEvents,
            e => Assert.Equal(SessionRevocationReason.RefreshTokenReused, Assert.IsType<SessionRevoked>(e).Reason),
            e =>
            {
                var detected = Assert.IsType<RefreshTokenReuseDetected>(e);
                Assert.Equal(session.Id, detected.SessionId);
                Assert.Equal(session.UserId, detected.UserId);
                Assert.Equal(replayAt, detected.OccurredAt);
            });
    }

    [Fact]
    public void Refresh_ARotatedTokenOfASessionAlreadyEnded_IsStillReportedAsReuse()
    {
        var session = RotatedOnce(RefreshTokenPolicy.Default);
        session.Revoke(SessionRevocationReason.SignedOut, FirstRotation.AddMinutes(1));
        session.ClearDomainEvents();

        var result = Refresh(session, FirstHash, "rt-3", RefreshTokenPolicy.Default, FirstRotation.AddMinutes(10));

        Assert.Equal("refresh_token_reused", result.Error?.Code);
        Assert.Equal(SessionRevocationReason.SignedOut, session.RevocationReason);
        Assert.IsType<RefreshTokenReuseDetected>(Assert.Single(session.DomainEvents));
    }

    [Fact]
    public void Refresh_ARotatedTokenWithinTheGrace_ReturnsRefreshTokenInvalidAndChangesNothing()
    {
        var session = RotatedOnce(ThirtySecondGrace);

        var result = Refresh(session, FirstHash, "rt-3", ThirtySecondGrace, FirstRotation.AddSeconds(10));

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.True(session.IsActive);
        Assert.True(session.RefreshTokens.Single(t => t.TokenHash == SecondHash).IsUsableAt(FirstRotation.AddSeconds(10)));
        Assert.Empty(session.DomainEvents);
    }

    [Fact]
    public void Refresh_ARotatedTokenAfterTheGrace_IsReuse()
    {
        var session = RotatedOnce(ThirtySecondGrace);

        var result = Refresh(session, FirstHash, "rt-3", ThirtySecondGrace, FirstRotation.AddSeconds(31));

        Assert.Equal("refresh_token_reused", result.Error?.Code);
    }

    [Fact]
    public void Refresh_AnExpiredToken_ReturnsRefreshTokenInvalidWithoutRotatingOrSliding()
    {
        var oneHour = RefreshTokenPolicy.Default with { Lifetime = TimeSpan.FromHours(1) };
        var session = WithFirstToken(oneHour);

        var result = Refresh(session, FirstHash, SecondHash, oneHour, Now.AddHours(1));

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.False(Assert.Single(session.RefreshTokens).IsRotated);
        Assert.True(session.IsActive);
        Assert.Equal(Now, session.LastUsedAt);
        Assert.Empty(session.DomainEvents);
    }

    [Fact]
    public void Refresh_AnUnknownToken_ReturnsRefreshTokenInvalidAndChangesNothing()
    {
        var session = WithFirstToken(RefreshTokenPolicy.Default);

        var result = Refresh(session, "someone-elses", SecondHash, RefreshTokenPolicy.Default, FirstRotation);

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.False(Assert.Single(session.RefreshTokens).IsRotated);
        Assert.True(session.IsActive);
    }

    [Fact]
    public void Refresh_WhenTheSessionWasRevoked_ReturnsRefreshTokenInvalid()
    {
        var session = WithFirstToken(RefreshTokenPolicy.Default);
        session.Revoke(SessionRevocationReason.SignedOut, Now.AddMinutes(5));

        var result = Refresh(session, FirstHash, SecondHash, RefreshTokenPolicy.Default, FirstRotation);

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.False(Assert.Single(session.RefreshTokens).IsRotated);
    }

    [Fact]
    public void Refresh_WhenTheSessionHasExpired_ReturnsRefreshTokenInvalid()
    {
        var shortSession = new SessionPolicy(Lifetime: TimeSpan.FromHours(1), AbsoluteLifetime: TimeSpan.FromDays(30));
        var session = SessionBuilder.Started().WithPolicy(shortSession).Build();
        var token = session.IssueRefreshToken(FirstHash, RefreshTokenPolicy.Default, Now);

        var result = session.Refresh(FirstHash, SecondHash, RefreshTokenPolicy.Default, shortSession, Now.AddHours(2));

        Assert.True(token.IsUsableAt(Now.AddHours(2)));
        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.False(token.IsRotated);
    }

    [Fact]
    public void Refresh_ForgetsRotatedTokensOnceTheyHaveExpired()
    {
        var oneHour = RefreshTokenPolicy.Default with { Lifetime = TimeSpan.FromHours(1) };
        var session = WithFirstToken(oneHour);
        Refresh(session, FirstHash, SecondHash, oneHour, Now.AddMinutes(30));

        Refresh(session, SecondHash, "rt-3", oneHour, Now.AddMinutes(70));

        Assert.Equal([SecondHash, "rt-3"], session.RefreshTokens.Select(t => t.TokenHash));
    }

    [Fact]
    public void Refresh_WithoutANewTokenHash_ThrowsWithoutConsumingThePresentedToken()
    {
        var session = WithFirstToken(RefreshTokenPolicy.Default);

        Assert.ThrowsAny<ArgumentException>(() => Refresh(session, FirstHash, "", RefreshTokenPolicy.Default, FirstRotation));
        Assert.False(Assert.Single(session.RefreshTokens).IsRevoked);
    }

    private static Session WithFirstToken(RefreshTokenPolicy policy)
    {
        var session = SessionBuilder.Started().Build();
        session.IssueRefreshToken(FirstHash, policy, Now);
        return session;
    }

    /// <summary>A session whose first token was rotated at <see cref="FirstRotation"/> into a second.</summary>
    private static Session RotatedOnce(RefreshTokenPolicy policy)
    {
        var session = WithFirstToken(policy);
        Assert.True(Refresh(session, FirstHash, SecondHash, policy, FirstRotation).IsSuccess);
        session.ClearDomainEvents();
        return session;
    }

    private static Result<RefreshToken> Refresh(
        Session session, string presentedHash, string newHash, RefreshTokenPolicy policy, DateTimeOffset now) =>
        session.Refresh(presentedHash, newHash, policy, SessionPolicy.Default, now);
}
