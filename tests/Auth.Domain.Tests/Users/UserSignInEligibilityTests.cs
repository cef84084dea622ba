using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.Users;

public sealed class UserSignInEligibilityTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void EnsureCanSignIn_WhenDeleted_ReturnsAccountDeletedWithReactivateAvailableAt()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        var result = user.EnsureCanSignIn(Now.AddHours(1), requireVerifiedEmail: false);

        Assert.Equal("account_deleted", result.Error?.Code);
        Assert.Equal(Now.AddHours(24), Assert.IsType<DateTimeOffset>(result.Error!.Details["reactivateAvailableAt"]));
    }

    [Fact]
    public void EnsureCanSignIn_WhenDeletedAfterTheReactivationWindowOpened_StillReturnsAccountDeleted()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        var result = user.EnsureCanSignIn(Now.AddDays(30), requireVerifiedEmail: false);

        Assert.Equal("account_deleted", result.Error?.Code);
    }

    [Fact]
    public void EnsureCanSignIn_WhenDeletedAndLocked_ReportsTheDeletion()
    {
        var user = UserBuilder.Verified().LockedOut().Deleted().Build(Now);

        Assert.Equal("account_deleted", user.EnsureCanSignIn(Now.AddHours(1), requireVerifiedEmail: true).Error?.Code);
    }

    [Fact]
    public void EnsureCanSignIn_WhenLocked_ReturnsAccountLockedWithLockedUntil()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);

        var result = user.EnsureCanSignIn(Now.AddHours(1), requireVerifiedEmail: true);

        Assert.Equal("account_locked", result.Error?.Code);
        Assert.Equal(Now.AddHours(24), Assert.IsType<DateTimeOffset>(result.Error!.Details["lockedUntil"]));
    }

    [Fact]
    public void EnsureCanSignIn_WhenLockedAndUnverified_ReportsTheLock()
    {
        var user = UserBuilder.Unverified().LockedOut().Build(Now);

        Assert.Equal("account_locked", user.EnsureCanSignIn(Now.AddHours(1), requireVerifiedEmail: true).Error?.Code);
    }

    [Fact]
    public void EnsureCanSignIn_OnceTheLockHasExpired_Succeeds()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);

        Assert.True(user.EnsureCanSignIn(Now.AddHours(24), requireVerifiedEmail: true).IsSuccess);
    }

    [Fact]
    public void EnsureCanSignIn_WhenUnverifiedAndVerificationRequired_ReturnsEmailNotVerified()
    {
        var user = UserBuilder.Unverified().Build(Now);

        var result = user.EnsureCanSignIn(Now, requireVerifiedEmail: true);

        Assert.Equal("email_not_verified", result.Error?.Code);
    }

    [Fact]
    public void EnsureCanSignIn_WhenUnverifiedAndVerificationNotRequired_Succeeds()
    {
        var user = UserBuilder.Unverified().Build(Now);

        Assert.True(user.EnsureCanSignIn(Now, requireVerifiedEmail: false).IsSuccess);
    }

    [Fact]
    public void EnsureCanSignIn_WhenVerified_Succeeds()
    {
        var user = UserBuilder.Verified().Build(Now);

        Assert.True(user.EnsureCanSignIn(Now, requireVerifiedEmail: true).IsSuccess);
    }
}
