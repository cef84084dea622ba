using Auth.Domain.Policies;
using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.Sessions;

public sealed class SessionTouchTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void Touch_SlidesTheExpirySevenDaysFromTheTimeOfUse()
    {
        var session = SessionBuilder.Started().Build();

        var result = session.Touch(Now.AddDays(3), SessionPolicy.Default);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(Now.AddDays(3), session.LastUsedAt);
        Assert.Equal(Now.AddDays(10), session.ExpiresAt);
        Assert.Equal(Now.AddDays(30), session.AbsoluteExpiresAt);
    }

    [Fact]
    public void Touch_NearTheCap_NeverSlidesPastTheAbsoluteExpiry()
    {
        var session = SessionBuilder.Started().Build();

        foreach (var day in new[] { 6, 12, 18, 24, 29 })
        {
            Assert.True(session.Touch(Now.AddDays(day), SessionPolicy.Default).IsSuccess, $"day {day}");
        }

        Assert.Equal(Now.AddDays(30), session.ExpiresAt);
    }

    [Fact]
    public void Touch_AtTheAbsoluteExpiry_ReturnsUnauthorizedEvenForAnActiveUser()
    {
        var session = SessionBuilder.Started().Build();
        foreach (var day in new[] { 6, 12, 18, 24, 29 }) session.Touch(Now.AddDays(day), SessionPolicy.Default);

        var result = session.Touch(Now.AddDays(30), SessionPolicy.Default);

        Assert.Equal("unauthorized", result.Error?.Code);
        Assert.Equal(Now.AddDays(29), session.LastUsedAt);
    }

    [Fact]
    public void Touch_AfterTheSessionExpired_ReturnsUnauthorizedAndChangesNothing()
    {
        var session = SessionBuilder.Started().Build();

        var result = session.Touch(Now.AddDays(7), SessionPolicy.Default);

        Assert.Equal("unauthorized", result.Error?.Code);
        Assert.Equal(Now, session.LastUsedAt);
        Assert.Equal(Now.AddDays(7), session.ExpiresAt);
    }

    [Fact]
    public void Touch_OfARevokedSession_ReturnsUnauthorizedAndChangesNothing()
    {
        var session = SessionBuilder.Started().Revoked().Build();

        var result = session.Touch(Now.AddMinutes(1), SessionPolicy.Default);

        Assert.Equal("unauthorized", result.Error?.Code);
        Assert.Equal(Now.AddDays(7), session.ExpiresAt);
        Assert.False(session.IsActive);
    }

    [Fact]
    public void EnsureActive_WhileActive_Succeeds()
    {
        var session = SessionBuilder.Started().Build();

        Assert.True(session.EnsureActive(Now.AddDays(7) - TimeSpan.FromTicks(1)).IsSuccess);
    }

    [Fact]
    public void EnsureActive_OnceExpired_ReturnsUnauthorized()
    {
        var session = SessionBuilder.Started().Build();

        Assert.Equal("unauthorized", session.EnsureActive(Now.AddDays(7)).Error?.Code);
    }
}
