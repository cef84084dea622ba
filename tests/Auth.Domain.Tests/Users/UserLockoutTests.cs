using Auth.Domain.Policies;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

public sealed class UserLockoutTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    [Fact]
    public void WrongPassword_WhenFirstFourAttemptsFail_ReturnsInvalidCredentialsWithoutLocking()
    {
        var user = UserBuilder.Verified().Build(Now);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var result = user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, Now.AddMinutes(attempt));

            Assert.Equal("invalid_credentials", result.Error?.Code);
            Assert.Equal(attempt, user.FailedSignInCount);
            Assert.Null(user.LockedUntil);
        }

        Assert.True(user.EnsureCanSignIn(Now.AddMinutes(5), requireVerifiedEmail: true).IsSuccess);
        Assert.Empty(user.DomainEvents);
    }

    [Fact]
    public void WrongPassword_WhenFifthAttemptFails_LocksAccountFor24Hours()
    {
        var user = UserBuilder.Verified().WithFailedSignIns(4).Build(Now);
        var fifthAttemptAt = Now.AddMinutes(10);

        var result = user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, fifthAttemptAt);

        Assert.Equal("account_locked", result.Error?.Code);
        Assert.Equal(fifthAttemptAt + Day, Assert.IsType<DateTimeOffset>(result.Error!.Details["lockedUntil"]));
        Assert.Equal(fifthAttemptAt + Day, user.LockedUntil);
        Assert.Equal(5, user.FailedSignInCount);
        Assert.True(user.IsLockedAt(fifthAttemptAt + Day - TimeSpan.FromTicks(1)));
        Assert.False(user.IsLockedAt(fifthAttemptAt + Day));
    }

    [Fact]
    public void WrongPassword_WhenFifthAttemptFails_RaisesUserLockedOut()
    {
        var user = UserBuilder.Verified().WithFailedSignIns(4).Build(Now);
        var fifthAttemptAt = Now.AddMinutes(10);

        user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, fifthAttemptAt);

        var lockedOut = Assert.IsType<UserLockedOut>(Assert.Single(user.DomainEvents));
        Assert.Equal(user.Id, lockedOut.UserId);
        Assert.Equal(fifthAttemptAt + Day, lockedOut.LockedUntil);
        Assert.Equal(fifthAttemptAt, lockedOut.OccurredAt);
    }

    [Fact]
    public void WrongPassword_WhileLocked_ReturnsAccountLockedWithoutExtendingTheLockOrCounting()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);
        var lockedUntil = user.LockedUntil!.Value;

        var result = user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, Now.AddHours(23));

        Assert.Equal("account_locked", result.Error?.Code);
        Assert.Equal(lockedUntil, Assert.IsType<DateTimeOffset>(result.Error!.Details["lockedUntil"]));
        Assert.Equal(Now + Day, user.LockedUntil);
        Assert.Equal(5, user.FailedSignInCount);
        Assert.Empty(user.DomainEvents);
    }

    [Fact]
    public void WrongPassword_WhileLocked_ManyTimes_NeverExtendsTheLock()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);

        for (var hour = 1; hour < 24; hour++) user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, Now.AddHours(hour));

        Assert.Equal(Now + Day, user.LockedUntil);
        Assert.Equal(5, user.FailedSignInCount);
        Assert.True(user.EnsureCanSignIn(Now + Day, requireVerifiedEmail: true).IsSuccess);
    }

    [Fact]
    public void WrongPassword_WhenTheLockHasJustExpired_StartsCountingAgainFromOne()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);

        var result = user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, Now + Day);

        Assert.Equal("invalid_credentials", result.Error?.Code);
        Assert.Equal(1, user.FailedSignInCount);
        Assert.Null(user.LockedUntil);
    }

    [Fact]
    public void WrongPassword_AfterTheLockExpired_NeedsFiveNewFailuresToLockAgain()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);
        var later = Now + Day + TimeSpan.FromHours(1);

        for (var i = 0; i < 4; i++) user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, later);
        Assert.False(user.IsLockedAt(later));

        var fifth = user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, later);

        Assert.Equal("account_locked", fifth.Error?.Code);
        Assert.Equal(later + Day, user.LockedUntil);
    }

    [Fact]
    public void RecordSuccessfulSignIn_AfterFailures_ResetsTheCountAndSetsLastSignInAt()
    {
        var user = UserBuilder.Verified().WithFailedSignIns(4).Build(Now);
        var signedInAt = Now.AddMinutes(3);

        user.RecordSuccessfulSignIn(signedInAt);

        Assert.Equal(0, user.FailedSignInCount);
        Assert.Null(user.LockedUntil);
        Assert.Equal(signedInAt, user.LastSignInAt);
        var signedIn = Assert.IsType<UserSignedIn>(Assert.Single(user.DomainEvents));
        Assert.Equal(signedInAt, signedIn.OccurredAt);
    }

    [Fact]
    public void RecordSuccessfulSignIn_AfterFailures_GivesAFullRoundOfAttemptsAgain()
    {
        var user = UserBuilder.Verified().WithFailedSignIns(4).Build(Now);
        user.RecordSuccessfulSignIn(Now.AddMinutes(3));

        var result = user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, Now.AddMinutes(4));

        Assert.Equal("invalid_credentials", result.Error?.Code);
        Assert.Equal(1, user.FailedSignInCount);
    }

    [Fact]
    public void RecordSuccessfulSignIn_AfterTheLockExpired_ClearsTheStaleLock()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);
        var signedInAt = Now + Day + TimeSpan.FromMinutes(1);

        user.RecordSuccessfulSignIn(signedInAt);

        Assert.Null(user.LockedUntil);
        Assert.Equal(0, user.FailedSignInCount);
        Assert.Equal(signedInAt, user.LastSignInAt);
    }

    [Fact]
    public void WrongPassword_WithACustomPolicy_LocksAfterItsAttemptsForItsDuration()
    {
        var user = UserBuilder.Verified().Build(Now);
        var policy = new LockoutPolicy(MaxFailedAttempts: 3, LockDuration: TimeSpan.FromMinutes(15));

        var first = user.AttemptSignIn(passwordMatches: false, policy, requireVerifiedEmail: false, Now);
        var second = user.AttemptSignIn(passwordMatches: false, policy, requireVerifiedEmail: false, Now);
        var third = user.AttemptSignIn(passwordMatches: false, policy, requireVerifiedEmail: false, Now);

        Assert.Equal("invalid_credentials", first.Error?.Code);
        Assert.Equal("invalid_credentials", second.Error?.Code);
        Assert.Equal("account_locked", third.Error?.Code);
        Assert.Equal(Now.AddMinutes(15), user.LockedUntil);
        Assert.False(user.IsLockedAt(Now.AddMinutes(15)));
    }

    [Fact]
    public void Unlock_ClearsTheLockAndTheCountAndRaisesUserUnlocked()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);

        user.Unlock(Now.AddHours(1));

        Assert.Null(user.LockedUntil);
        Assert.Equal(0, user.FailedSignInCount);
        Assert.True(user.EnsureCanSignIn(Now.AddHours(1), requireVerifiedEmail: true).IsSuccess);
        Assert.IsType<UserUnlocked>(Assert.Single(user.DomainEvents));
    }

    [Fact]
    public void Unlock_WhenNothingToClear_RaisesNothing()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.Unlock(Now.AddHours(1));

        Assert.Empty(user.DomainEvents);
        Assert.Equal(Now, user.UpdatedAt);
    }
}
