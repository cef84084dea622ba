using Auth.Domain.Tests.Builders;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

public sealed class UserEmailVerificationTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void RegisterLocal_StartsWithAnUnverifiedEmail()
    {
        Assert.False(UserBuilder.Unverified().Build(Now).IsEmailVerified);
    }

    [Fact]
    public void VerifyEmail_MarksTheEmailVerifiedAndRaisesUserEmailVerified()
    {
        var user = UserBuilder.Unverified().Build(Now);

        user.VerifyEmail(Now.AddMinutes(2));

        Assert.True(user.IsEmailVerified);
        Assert.Equal(Now.AddMinutes(2), user.UpdatedAt);
        var verified = Assert.IsType<UserEmailVerified>(Assert.Single(user.DomainEvents));
        Assert.Equal(user.Id, verified.UserId);
    }

    [Fact]
    public void VerifyEmail_WhenAlreadyVerified_ChangesNothing()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.VerifyEmail(Now.AddMinutes(2));

        Assert.True(user.IsEmailVerified);
        Assert.Equal(Now, user.UpdatedAt);
        Assert.Empty(user.DomainEvents);
    }
}
