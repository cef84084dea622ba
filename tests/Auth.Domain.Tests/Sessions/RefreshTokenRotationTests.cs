using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.Sessions;

public sealed class RefreshTokenRotationTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly DateTimeOffset FirstRotation = Now.AddHours(1);
    private static readonly RefreshTokenPolicy ThirtySecondGrace = RefreshTokenPolicy.Default with { ReuseGrace = TimeSpan.FromSeconds(30) };

    [Fact]
    public void Rotate_AUsableToken_ReturnsTheSuccessorAndSlidesTheSession()
    {
        var session = SessionBuilder.Started().Build();
        var first = RefreshTokenBuilder.For(session).Build();
        var at = Now.AddDays(2);

        var result = Rotate(session, first, [first], "rt-2", RefreshTokenPolicy.Default, at);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal("rt-2", result.Value.TokenHash);
        Assert.Equal(at, session.LastUsedAt);
        Assert.Equal(at.AddDays(7), session.ExpiresAt);
        Assert.True(session.IsActive);
        Assert.Empty(session.DomainEvents);
    }

    [Fact]
    public void Rotate_AReusedToken_ReturnsRefreshTokenReusedAndRevokesTheSessionForReuse()
    {
        var (session, first, second) = RotatedOnce(RefreshTokenPolicy.Default);
        var replayAt = FirstRotation.AddMinutes(10);

        var result = Rotate(session, first, [first, second], "rt-3", RefreshTokenPolicy.Default, replayAt);

        Assert.Equal("refresh_token_reused", result.Error?.Code);
        Assert.False(session.IsActive);
        Assert.Equal(SessionRevocationReason.RefreshTokenReused, session.RevocationReason);
        Assert.Equal(replayAt, session.RevokedAt);
    }

    [Fact]
    public void Rotate_AReusedToken_RevokesEveryTokenOfTheFamily()
    {
        var (session, first, second) = RotatedOnce(RefreshTokenPolicy.Default);

        Rotate(session, first, [first, second], "rt-3", RefreshTokenPolicy.Default, FirstRotation.AddMinutes(10));

        Assert.True(first.IsRevoked);
        Assert.True(second.IsRevoked);
        Assert.Equal(FirstRotation.AddMinutes(10), second.RevokedAt);
    }

    [Fact]
    public void Rotate_AReusedToken_SignsOutTheLegitimateHolderToo()
    {
        var (session, first, second) = RotatedOnce(RefreshTokenPolicy.Default);
        Rotate(session, first, [first, second], "rt-3", RefreshTokenPolicy.Default, FirstRotation.AddMinutes(10));

        var result = Rotate(session, second, [first, second], "rt-4", RefreshTokenPolicy.Default, FirstRotation.AddMinutes(11));

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
    }

    [Fact]
    public void Rotate_AReusedToken_RaisesSessionRevokedAndRefreshTokenReuseDetected()
    {
        var (session, first, second) = RotatedOnce(RefreshTokenPolicy.Default);
        var replayAt = FirstRotation.AddMinutes(10);

        Rotate(session, first, [first, second], "rt-3", RefreshTokenPolicy.Default, replayAt);

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
    public void Rotate_AReusedToken_LeavesTokensOfOtherSessionsAlone()
    {
        var (session, first, second) = RotatedOnce(RefreshTokenPolicy.Default);
        var otherSession = SessionBuilder.Started().Build();
        var otherToken = RefreshTokenBuilder.For(otherSession).WithHash("other-rt").Build();

        Rotate(session, first, [first, second, otherToken], "rt-3", RefreshTokenPolicy.Default, FirstRotation.AddMinutes(10));

        Assert.False(otherToken.IsRevoked);
        Assert.True(otherSession.IsActive);
    }

    [Fact]
    public void Rotate_AReusedTokenWithinTheGrace_ReturnsRefreshTokenInvalidAndRevokesNothing()
    {
        var (session, first, second) = RotatedOnce(ThirtySecondGrace);

        var result = Rotate(session, first, [first, second], "rt-3", ThirtySecondGrace, FirstRotation.AddSeconds(5));

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.True(session.IsActive);
        Assert.False(second.IsRevoked);
        Assert.True(second.IsUsableAt(FirstRotation.AddSeconds(5)));
        Assert.Empty(session.DomainEvents);
    }

    [Fact]
    public void Rotate_AnExpiredToken_ReturnsRefreshTokenInvalidWithoutRevokingOrSliding()
    {
        var session = SessionBuilder.Started().Build();
        var oneHour = RefreshTokenPolicy.Default with { Lifetime = TimeSpan.FromHours(1) };
        var token = RefreshTokenBuilder.For(session).WithPolicy(oneHour).Build();

        var result = Rotate(session, token, [token], "rt-2", oneHour, Now.AddHours(2));

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.True(session.IsActive);
        Assert.Equal(Now, session.LastUsedAt);
        Assert.Equal(Now.AddDays(7), session.ExpiresAt);
        Assert.Empty(session.DomainEvents);
    }

    [Fact]
    public void Rotate_AReusedToken_RevokesTheSessionAndAsksForTheFamilyToBeRevoked()
    {
        var (session, first, second) = RotatedOnce(RefreshTokenPolicy.Default);

        var result = RefreshTokenRotation.Rotate(session, first, "rt-3", RefreshTokenPolicy.Default, SessionPolicy.Default, FirstRotation.AddMinutes(10));

        Assert.True(RefreshTokenRotation.RequiresFamilyRevocation(result.Error!));
        Assert.False(session.IsActive);
        Assert.False(second.IsRevoked);
    }

    [Fact]
    public void Rotate_AnExpiredToken_DoesNotAskForTheFamilyToBeRevoked()
    {
        var session = SessionBuilder.Started().Build();
        var oneHour = RefreshTokenPolicy.Default with { Lifetime = TimeSpan.FromHours(1) };
        var token = RefreshTokenBuilder.For(session).WithPolicy(oneHour).Build();

        var result = RefreshTokenRotation.Rotate(session, token, "rt-2", oneHour, SessionPolicy.Default, Now.AddHours(2));

        Assert.False(RefreshTokenRotation.RequiresFamilyRevocation(result.Error!));
    }

    [Fact]
    public void RevokeFamily_EndsTheSessionWithTheGivenReasonAndRevokesItsTokens()
    {
        var (session, first, second) = RotatedOnce(RefreshTokenPolicy.Default);

        RefreshTokenRotation.RevokeFamily(session, [first, second], SessionRevocationReason.PasswordChanged, Now.AddDays(1));

        Assert.False(session.IsActive);
        Assert.Equal(SessionRevocationReason.PasswordChanged, session.RevocationReason);
        Assert.True(second.IsRevoked);
        Assert.IsType<SessionRevoked>(Assert.Single(session.DomainEvents));
    }

    /// <summary>A session whose first token was rotated at <see cref="FirstRotation"/> into a second.</summary>
    private static (Session Session, RefreshToken First, RefreshToken Second) RotatedOnce(RefreshTokenPolicy policy)
    {
        var session = SessionBuilder.Started().Build();
        var first = RefreshTokenBuilder.For(session).WithPolicy(policy).Build();
        var second = Rotate(session, first, [first], "rt-2", policy, FirstRotation).Value;
        session.ClearDomainEvents();
        return (session, first, second);
    }

    /// <summary>Rotates as the refresh use case does: the family is revoked only when the rotation asks for it.</summary>
    private static Result<RefreshToken> Rotate(
        Session session, RefreshToken presented, RefreshToken[] family, string newHash, RefreshTokenPolicy policy, DateTimeOffset now)
    {
        var result = RefreshTokenRotation.Rotate(session, presented, newHash, policy, SessionPolicy.Default, now);
        if (result.IsFailure && RefreshTokenRotation.RequiresFamilyRevocation(result.Error!))
            RefreshTokenRotation.RevokeFamily(session, family, SessionRevocationReason.RefreshTokenReused, now);
        return result;
    }
}
