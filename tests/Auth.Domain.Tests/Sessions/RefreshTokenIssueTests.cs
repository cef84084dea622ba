using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.Sessions;

public sealed class RefreshTokenIssueTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void Issue_WithTheDefaultPolicy_ExpiresInSevenDaysInsideItsSession()
    {
        var session = SessionBuilder.Started().Build();

        var token = RefreshToken.Issue(session, "rt-hash", RefreshTokenPolicy.Default, Now);

        Assert.Equal(session.Id, token.SessionId);
        Assert.Equal(session.UserId, token.UserId);
        Assert.Equal("rt-hash", token.TokenHash);
        Assert.Equal(Now.AddDays(7), token.ExpiresAt);
        Assert.False(token.IsRevoked);
        Assert.False(token.IsRotated);
        Assert.Null(token.ReplacedByTokenHash);
    }

    [Fact]
    public void Issue_NearTheSessionsCap_NeverOutlivesTheSessionsAbsoluteExpiry()
    {
        var session = SessionBuilder.Started().Build();

        var token = RefreshToken.Issue(session, "rt-hash", RefreshTokenPolicy.Default, Now.AddDays(25));

        Assert.Equal(session.AbsoluteExpiresAt, token.ExpiresAt);
        Assert.Equal(Now.AddDays(30), token.ExpiresAt);
    }

    [Fact]
    public void Issue_WithALifetimeLongerThanTheSession_IsCappedAtTheSessionsAbsoluteExpiry()
    {
        var session = SessionBuilder.Started().Build();
        var policy = RefreshTokenPolicy.Default with { Lifetime = TimeSpan.FromDays(90) };

        var token = RefreshToken.Issue(session, "rt-hash", policy, Now);

        Assert.Equal(Now.AddDays(30), token.ExpiresAt);
    }

    [Fact]
    public void IsUsableAt_HoldsUntilTheExpiryExclusive()
    {
        var token = RefreshTokenBuilder.For(SessionBuilder.Started().Build()).Build();

        Assert.True(token.IsUsableAt(token.ExpiresAt - TimeSpan.FromTicks(1)));
        Assert.False(token.IsUsableAt(token.ExpiresAt));
    }

    [Fact]
    public void Revoke_MakesTheTokenUnusableAndIsIdempotent()
    {
        var token = RefreshTokenBuilder.For(SessionBuilder.Started().Build()).Build();

        token.Revoke(Now.AddHours(1));
        token.Revoke(Now.AddHours(2));

        Assert.True(token.IsRevoked);
        Assert.Equal(Now.AddHours(1), token.RevokedAt);
        Assert.False(token.IsUsableAt(Now.AddHours(3)));
        Assert.False(token.IsRotated);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Issue_WithoutATokenHash_IsAProgrammingErrorAndThrows(string? tokenHash)
    {
        var session = SessionBuilder.Started().Build();

        Assert.ThrowsAny<ArgumentException>(() => RefreshToken.Issue(session, tokenHash!, RefreshTokenPolicy.Default, Now));
    }
}
