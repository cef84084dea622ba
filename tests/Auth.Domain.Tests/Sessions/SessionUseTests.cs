using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.Sessions;

public sealed class SessionUseTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void UseToRecord_WithinAMinuteOfTheLastUse_IsNothing()
    {
        var session = SessionBuilder.Started().Build();

        Assert.Null(session.UseToRecord(Now.AddSeconds(59), SessionPolicy.Default));
    }

    [Fact]
    public void UseToRecord_AfterAMinute_SlidesTheExpiry_AndAppliesOnlyWhileNobodyRecordedThisMinute()
    {
        var session = SessionBuilder.Started().Build();

        var use = session.UseToRecord(Now.AddDays(3), SessionPolicy.Default);

        Assert.Equal(new SessionUse(session.Id, Now.AddDays(3), Now.AddDays(10), Now.AddDays(3).AddMinutes(-1)), use);
        Assert.Equal(Now, session.LastUsedAt);
    }

    [Fact]
    public void UseToRecord_NearTheCap_NeverSlidesPastTheAbsoluteExpiry()
    {
        var session = SessionBuilder.Started().Build();

        Assert.Equal(Now.AddDays(30), session.UseToRecord(Now.AddDays(29), SessionPolicy.Default)!.ExpiresAt);
    }
}
