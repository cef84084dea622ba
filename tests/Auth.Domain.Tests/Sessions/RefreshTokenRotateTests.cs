using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.Sessions;

public sealed class RefreshTokenRotateTests
{
    private const string NextHash = "refresh-token-hash-2";
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly RefreshTokenPolicy ThirtySecondGrace = RefreshTokenPolicy.Default with { ReuseGrace = TimeSpan.FromSeconds(30) };

    [Fact]
    public void Rotate_AUsableToken_ReturnsASuccessorInTheSameSession()
    {
        var session = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).Build();
        var rotatedAt = Now.AddHours(1);

        var result = token.Rotate(session, NextHash, RefreshTokenPolicy.Default, rotatedAt);

        Assert.True(result.IsSuccess, result.Error?.Code);
        var successor = result.Value;
        Assert.Equal(NextHash, successor.TokenHash);
        Assert.Equal(session.Id, successor.SessionId);
        Assert.Equal(session.UserId, successor.UserId);
        Assert.NotEqual(token.Id, successor.Id);
        Assert.Equal(rotatedAt.AddDays(7), successor.ExpiresAt);
        Assert.True(successor.IsUsableAt(rotatedAt));
    }

    [Fact]
    public void Rotate_AUsableToken_RevokesItAndRecordsItsSuccessor()
    {
        var session = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).Build();

        token.Rotate(session, NextHash, RefreshTokenPolicy.Default, Now.AddHours(1));

        Assert.True(token.IsRevoked);
        Assert.True(token.IsRotated);
        Assert.Equal(Now.AddHours(1), token.RevokedAt);
        Assert.Equal(NextHash, token.ReplacedByTokenHash);
    }

    [Fact]
    public void Rotate_LateInTheSession_GivesASuccessorThatNeverOutlivesTheSession()
    {
        var policy = new SessionPolicy(Lifetime: TimeSpan.FromDays(30), AbsoluteLifetime: TimeSpan.FromDays(30));
        var session = SessionBuilder.Started().WithPolicy(policy).Build();
        var token = RefreshTokenBuilder.For(session).IssuedAt(Now.AddDays(27)).Build();

        var successor = token.Rotate(session, NextHash, RefreshTokenPolicy.Default, Now.AddDays(28)).Value;

        Assert.Equal(Now.AddDays(30), successor.ExpiresAt);
    }

    [Fact]
    public void Rotate_AnAlreadyRotatedToken_ReturnsRefreshTokenReused()
    {
        var session = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).Build();
        token.Rotate(session, NextHash, RefreshTokenPolicy.Default, Now.AddHours(1));

        var replay = token.Rotate(session, "refresh-token-hash-3", RefreshTokenPolicy.Default, Now.AddHours(2));

        Assert.Equal("refresh_token_reused", replay.Error?.Code);
        Assert.Equal(NextHash, token.ReplacedByTokenHash);
    }

    [Fact]
    public void Rotate_AReplayInTheSameInstantWithNoGrace_ReturnsRefreshTokenReused()
    {
        var session = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).Build();
        token.Rotate(session, NextHash, RefreshTokenPolicy.Default, Now.AddHours(1));

        var replay = token.Rotate(session, "refresh-token-hash-3", RefreshTokenPolicy.Default, Now.AddHours(1));

        Assert.Equal("refresh_token_reused", replay.Error?.Code);
    }

    [Fact]
    public void Rotate_AnAlreadyRotatedTokenWithinTheGrace_ReturnsRefreshTokenInvalid()
    {
        var session = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).WithPolicy(ThirtySecondGrace).Build();
        token.Rotate(session, NextHash, ThirtySecondGrace, Now.AddHours(1));

        var replay = token.Rotate(session, "refresh-token-hash-3", ThirtySecondGrace, Now.AddHours(1).AddSeconds(10));

        Assert.Equal("refresh_token_invalid", replay.Error?.Code);
        Assert.Equal(NextHash, token.ReplacedByTokenHash);
    }

    [Fact]
    public void Rotate_AnAlreadyRotatedTokenAfterTheGrace_ReturnsRefreshTokenReused()
    {
        var session = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).WithPolicy(ThirtySecondGrace).Build();
        token.Rotate(session, NextHash, ThirtySecondGrace, Now.AddHours(1));

        var replay = token.Rotate(session, "refresh-token-hash-3", ThirtySecondGrace, Now.AddHours(1).AddSeconds(31));

        Assert.Equal("refresh_token_reused", replay.Error?.Code);
    }

    [Fact]
    public void Rotate_AnExpiredToken_ReturnsRefreshTokenInvalidAndLeavesItAlone()
    {
        var session = SessionBuilder.Started().Build();
        var oneHour = RefreshTokenPolicy.Default with { Lifetime = TimeSpan.FromHours(1) };
        var token = RefreshTokenBuilder.For(session).WithPolicy(oneHour).Build();

        var result = token.Rotate(session, NextHash, oneHour, Now.AddHours(1));

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.False(token.IsRotated);
        Assert.False(token.IsRevoked);
    }

    [Fact]
    public void Rotate_ARevokedToken_ReturnsRefreshTokenInvalid()
    {
        var session = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).Build();
        token.Revoke(Now.AddMinutes(5));

        var result = token.Rotate(session, NextHash, RefreshTokenPolicy.Default, Now.AddHours(1));

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.False(token.IsRotated);
    }

    [Fact]
    public void Rotate_WhenTheSessionWasRevoked_ReturnsRefreshTokenInvalid()
    {
        var session = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).Build();
        session.Revoke(SessionRevocationReason.SignedOut, Now.AddMinutes(5));

        var result = token.Rotate(session, NextHash, RefreshTokenPolicy.Default, Now.AddHours(1));

        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.False(token.IsRotated);
    }

    [Fact]
    public void Rotate_WhenTheSessionHasExpired_ReturnsRefreshTokenInvalid()
    {
        var shortSession = new SessionPolicy(Lifetime: TimeSpan.FromHours(1), AbsoluteLifetime: TimeSpan.FromDays(30));
        var session = SessionBuilder.Started().WithPolicy(shortSession).Build();
        var token = RefreshTokenBuilder.For(session).Build();

        var result = token.Rotate(session, NextHash, RefreshTokenPolicy.Default, Now.AddHours(2));

        Assert.True(token.IsUsableAt(Now.AddHours(2)));
        Assert.Equal("refresh_token_invalid", result.Error?.Code);
        Assert.False(token.IsRotated);
    }

    [Fact]
    public void Rotate_WithASessionThatIsNotTheTokensFamily_IsAProgrammingErrorAndThrows()
    {
        var session = SessionBuilder.Started().Build();
        var other = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).Build();

        Assert.Throws<ArgumentException>(() => token.Rotate(other, NextHash, RefreshTokenPolicy.Default, Now.AddHours(1)));
        Assert.False(token.IsRevoked);
    }

    [Fact]
    public void Rotate_WithoutANewTokenHash_ThrowsWithoutConsumingThePresentedToken()
    {
        var session = SessionBuilder.Started().Build();
        var token = RefreshTokenBuilder.For(session).Build();

        Assert.ThrowsAny<ArgumentException>(() => token.Rotate(session, "", RefreshTokenPolicy.Default, Now.AddHours(1)));
        Assert.False(token.IsRevoked);
        Assert.False(token.IsRotated);
    }
}
