using Auth.Domain.Tests.Builders;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

public sealed class UserPasswordTests
{
    private const string NewHash = "$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaA";
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void ChangePassword_ReplacesTheHashAndRaisesUserPasswordChanged()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.ChangePassword(NewHash, Now.AddHours(1));

        Assert.Equal(NewHash, user.PasswordHash);
        Assert.Equal(Now.AddHours(1), user.UpdatedAt);
        var changed = Assert.IsType<UserPasswordChanged>(Assert.Single(user.DomainEvents));
        Assert.Equal(Now.AddHours(1), changed.OccurredAt);
    }

    [Fact]
    public void ChangePassword_KeepsTheLockout()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);

        user.ChangePassword(NewHash, Now.AddHours(1));

        Assert.Equal("account_locked", user.EnsureCanSignIn(Now.AddHours(1), requireVerifiedEmail: true).Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void ChangePassword_WithoutAHash_IsAProgrammingErrorAndThrows(string? hash)
    {
        var user = UserBuilder.Verified().Build(Now);

        Assert.ThrowsAny<ArgumentException>(() => user.ChangePassword(hash!, Now));
        Assert.Equal(UserBuilder.DefaultPasswordHash, user.PasswordHash);
    }

    [Fact]
    public void ResetPassword_OnALockedAccount_SetsTheHashAndClearsTheLockout()
    {
        var user = UserBuilder.Verified().LockedOut().Build(Now);
        var resetAt = Now.AddHours(1);

        user.ResetPassword(NewHash, resetAt);

        Assert.Equal(NewHash, user.PasswordHash);
        Assert.Null(user.LockedUntil);
        Assert.Equal(0, user.FailedSignInCount);
        Assert.True(user.EnsureCanSignIn(resetAt, requireVerifiedEmail: true).IsSuccess);
        Assert.Collection(
            user.DomainEvents,
            e => Assert.IsType<UserPasswordChanged>(e),
            e => Assert.IsType<UserUnlocked>(e));
    }

    [Fact]
    public void ResetPassword_AfterSomeFailures_GivesAFullRoundOfAttemptsAgain()
    {
        var user = UserBuilder.Verified().WithFailedSignIns(4).Build(Now);

        user.ResetPassword(NewHash, Now.AddMinutes(5));

        Assert.Equal(0, user.FailedSignInCount);
    }

    [Fact]
    public void ResetPassword_WithoutFailures_RaisesOnlyUserPasswordChanged()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.ResetPassword(NewHash, Now.AddMinutes(5));

        Assert.IsType<UserPasswordChanged>(Assert.Single(user.DomainEvents));
    }

    [Fact]
    public void UpgradePasswordHash_ReplacesTheHashWithoutRaisingPasswordChanged()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.UpgradePasswordHash(NewHash, Now.AddDays(1));

        Assert.Equal(NewHash, user.PasswordHash);
        Assert.Empty(user.DomainEvents);
    }
}
