using Auth.Domain.Tests.Builders;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

public sealed class UserTwoFactorTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    [Fact]
    public void Register_StartsWithTwoFactorOff()
    {
        Assert.False(UserBuilder.Verified().Build(Now).TwoFactorEnabled);
    }

    [Fact]
    public void SetTwoFactor_On_EnablesIt()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.SetTwoFactor(enabled: true, Later);

        Assert.True(user.TwoFactorEnabled);
        Assert.Equal(Later, user.UpdatedAt);
        Assert.Equal(new UserTwoFactorChanged(user.Id, Enabled: true, Later), user.DomainEvents.OfType<UserTwoFactorChanged>().Single());
    }

    [Fact]
    public void SetTwoFactor_Off_DisablesIt()
    {
        var user = UserBuilder.Verified().Build(Now);
        user.SetTwoFactor(enabled: true, Now);

        user.SetTwoFactor(enabled: false, Later);

        Assert.False(user.TwoFactorEnabled);
        Assert.Equal(Later, user.UpdatedAt);
    }

    [Fact]
    public void SetTwoFactor_ToTheCurrentValue_ChangesNothing()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.SetTwoFactor(enabled: false, Later);

        Assert.False(user.TwoFactorEnabled);
        Assert.Equal(Now, user.UpdatedAt);
        Assert.Empty(user.DomainEvents.OfType<UserTwoFactorChanged>());
    }
}
