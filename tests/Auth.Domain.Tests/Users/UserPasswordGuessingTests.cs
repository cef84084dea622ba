using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Users;

/// <summary>
/// Password guessing is limited everywhere it could be tried: on a deleted account as on a live one, and not at all
/// on an account that has no password (there is nothing to guess, and a stranger must not be able to lock it).
/// </summary>
public sealed class UserPasswordGuessingTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void AttemptSignIn_OnADeletedAccount_CountsWrongPasswords_AndLocksLikeALiveOne()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        for (var attempt = 1; attempt < LockoutPolicy.Default.MaxFailedAttempts; attempt++)
            Assert.Equal("invalid_credentials", Guess(user, passwordMatches: false).Error?.Code);
        var last = Guess(user, passwordMatches: false);

        Assert.Equal("account_locked", last.Error?.Code);
        Assert.Equal(LockoutPolicy.Default.MaxFailedAttempts, user.FailedSignInCount);
        Assert.True(user.IsLockedAt(Now));
    }

    [Fact]
    public void AttemptSignIn_OnALockedDeletedAccount_AnswersLockedToTheRightPasswordToo()
    {
        var user = UserBuilder.Verified().LockedOut().Deleted().Build(Now);

        Assert.Equal("account_locked", Guess(user, passwordMatches: true).Error?.Code);
    }

    [Fact]
    public void AttemptSignIn_OnADeletedAccountThatIsNotLocked_SaysDeletedOnlyToTheRightPassword()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        Assert.Equal("invalid_credentials", Guess(user, passwordMatches: false).Error?.Code);
        Assert.Equal("account_deleted", Guess(user, passwordMatches: true).Error?.Code);
    }

    [Fact]
    public void AttemptSignIn_OnAnAccountWithoutPassword_IsRefused_AndNeverCounts()
    {
        var user = ProviderOnly();

        for (var attempt = 0; attempt < LockoutPolicy.Default.MaxFailedAttempts * 2; attempt++)
            Assert.Equal("invalid_credentials", Guess(user, passwordMatches: false).Error?.Code);

        Assert.Equal(0, user.FailedSignInCount);
        Assert.False(user.IsLockedAt(Now));
    }

    [Fact]
    public void AttemptReactivation_OnAnAccountWithoutPassword_IsRefused_AndNeverCounts()
    {
        var user = ProviderOnly();
        user.SoftDelete(Now.AddDays(-3), ReactivationPolicy.Default);

        for (var attempt = 0; attempt < LockoutPolicy.Default.MaxFailedAttempts * 2; attempt++)
            Assert.Equal("invalid_credentials", user.AttemptReactivation(false, LockoutPolicy.Default, true, Now).Error?.Code);

        Assert.Equal(0, user.FailedSignInCount);
    }

    private static Result<SignInStep> Guess(User user, bool passwordMatches) =>
        user.AttemptSignIn(passwordMatches, LockoutPolicy.Default, requireVerifiedEmail: true, Now);

    private static User ProviderOnly() =>
        User.RegisterFromProvider(PersonName.FromTrusted("Grace Hopper"), EmailAddress.FromTrusted("grace@example.com"), AuthProvider.Google, "g-1", emailVerified: true, Now.AddDays(-10));
}
