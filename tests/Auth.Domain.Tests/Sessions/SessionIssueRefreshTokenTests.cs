using Auth.Domain.Policies;
using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.Sessions;

public sealed class SessionIssueRefreshTokenTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void IssueRefreshToken_WithTheDefaultPolicy_ExpiresInSevenDaysAndJoinsTheChain()
    {
        var session = SessionBuilder.Started().Build();

        var token = session.IssueRefreshToken("rt-hash", RefreshTokenPolicy.Default, Now);

        Assert.Equal(session.Id, token.SessionId);
        Assert.Equal(session.UserId, token.UserId);
        Assert.Equal("rt-hash", token.TokenHash);
        Assert.Equal(Now.AddDays(7), token.ExpiresAt);
        Assert.False(token.IsRevoked);
        Assert.False(token.IsRotated);
        Assert.Null(token.ReplacedByTokenHash);
        Assert.Same(token, Assert.Single(session.RefreshTokens));
    }

    [Fact]
    public void IssueRefreshToken_NearTheSessionsCap_NeverOutlivesTheSessionsAbsoluteExpiry()
    {
        var session = SessionBuilder.Started().Build();

        var token = session.IssueRefreshToken("rt-hash", RefreshTokenPolicy.Default, Now.AddDays(25));

        Assert.Equal(session.AbsoluteExpiresAt, token.ExpiresAt);
        Assert.Equal(Now.AddDays(30), token.ExpiresAt);
    }

    [Fact]
    public void IssueRefreshToken_WithALifetimeLongerThanTheSession_IsCappedAtTheSessionsAbsoluteExpiry()
    {
        var session = SessionBuilder.Started().Build();
        var policy = RefreshTokenPolicy.Default with { Lifetime = TimeSpan.FromDays(90) };

        var token = session.IssueRefreshToken("rt-hash", policy, Now);

        Assert.Equal(Now.AddDays(30), token.ExpiresAt);
    }

    [Fact]
    public void IsUsableAt_HoldsUntilTheExpiryExclusive()
    {
        var token = SessionBuilder.Started().Build().IssueRefreshToken("rt-hash", RefreshTokenPolicy.Default, Now);

        Assert.True(token.IsUsableAt(token.ExpiresAt - TimeSpan.FromTicks(1)));
        Assert.False(token.IsUsableAt(token.ExpiresAt));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void IssueRefreshToken_WithoutATokenHash_IsAProgrammingErrorAndThrows(string? tokenHash)
    {
        var session = SessionBuilder.Started().Build();

        Assert.ThrowsAny<ArgumentException>(() => session.IssueRefreshToken(tokenHash!, RefreshTokenPolicy.Default, Now));
        Assert.Empty(session.RefreshTokens);
    }
}
