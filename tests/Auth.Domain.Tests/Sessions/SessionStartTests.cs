using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Sessions;

public sealed class SessionStartTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly UserId UserId = new(Guid.Parse("0195521a-6c00-7000-8000-00000000abcd"));

    [Fact]
    public void Start_WithTheDefaultPolicy_ExpiresInSevenDaysWithAThirtyDayCap()
    {
        var session = Session.Start(UserId, "token-hash", "203.0.113.7", "curl/8.0", SessionPolicy.Default, Now);

        Assert.Equal(UserId, session.UserId);
        Assert.Equal("token-hash", session.TokenHash);
        Assert.True(session.IsActive);
        Assert.True(session.IsActiveAt(Now));
        Assert.Equal(Now, session.LastUsedAt);
        Assert.Equal(Now.AddDays(7), session.ExpiresAt);
        Assert.Equal(Now.AddDays(30), session.AbsoluteExpiresAt);
        Assert.Null(session.RevokedAt);
        Assert.Null(session.RevocationReason);
        Assert.Empty(session.DomainEvents);
    }

    [Fact]
    public void Start_KeepsIpAndUserAgentWithinTheLimitsAsGiven()
    {
        var ip = new string('1', Session.MaxIpLength);
        var userAgent = new string('u', Session.MaxUserAgentLength);

        var session = SessionBuilder.Started().From(ip, userAgent).Build();

        Assert.Equal(ip, session.Ip);
        Assert.Equal(userAgent, session.UserAgent);
    }

    [Fact]
    public void Start_WithTooLongIpAndUserAgent_TruncatesThemToTheLimits()
    {
        var ip = "2001:0db8:85a3:0000:0000:8a2e:0370:7334%interface0";
        var userAgent = "Mozilla/5.0 " + new string('x', 600);

        var session = SessionBuilder.Started().From(ip, userAgent).Build();

        Assert.Equal(ip[..45], session.Ip);
        Assert.Equal(userAgent[..512], session.UserAgent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Start_WithBlankIpAndUserAgent_StoresNone(string? blank)
    {
        var session = SessionBuilder.Started().From(blank, blank).Build();

        Assert.Null(session.Ip);
        Assert.Null(session.UserAgent);
    }

    [Fact]
    public void Start_WithALifetimeLongerThanTheCap_ExpiresAtTheCap()
    {
        var policy = new SessionPolicy(Lifetime: TimeSpan.FromDays(60), AbsoluteLifetime: TimeSpan.FromDays(30));

        var session = SessionBuilder.Started().WithPolicy(policy).Build();

        Assert.Equal(Now.AddDays(30), session.ExpiresAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Start_WithoutATokenHash_IsAProgrammingErrorAndThrows(string? tokenHash)
    {
        Assert.ThrowsAny<ArgumentException>(
            () => Session.Start(UserId, tokenHash!, ip: null, userAgent: null, SessionPolicy.Default, Now));
    }
}
