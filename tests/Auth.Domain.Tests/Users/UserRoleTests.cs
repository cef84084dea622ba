using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

public sealed class UserRoleTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void Register_StartsAsAPlainUser()
    {
        Assert.Equal(Role.User, UserBuilder.Verified().Build(Now).Role);
    }

    [Fact]
    public void ChangeRole_ToAdmin_ChangesTheRoleAndRaisesUserRoleChanged()
    {
        var user = UserBuilder.Verified().Build(Now);

        var roleChanged = user.ChangeRole(Role.Admin, Now.AddHours(1));

        Assert.True(roleChanged);
        Assert.Equal(Role.Admin, user.Role);
        var changed = Assert.IsType<UserRoleChanged>(Assert.Single(user.DomainEvents));
        Assert.Equal(user.Id, changed.UserId);
        Assert.Equal(Role.User, changed.From);
        Assert.Equal(Role.Admin, changed.To);
        Assert.Equal(Now.AddHours(1), changed.OccurredAt);
    }

    [Fact]
    public void ChangeRole_BackToUser_RecordsWhereItCameFrom()
    {
        var user = UserBuilder.Verified().WithRole(Role.Admin).Build(Now);

        user.ChangeRole(Role.User, Now.AddHours(1));

        var changed = Assert.IsType<UserRoleChanged>(Assert.Single(user.DomainEvents));
        Assert.Equal(Role.Admin, changed.From);
        Assert.Equal(Role.User, changed.To);
    }

    [Fact]
    public void ChangeRole_ToTheCurrentRole_ChangesNothingAndRaisesNothing()
    {
        var user = UserBuilder.Verified().WithRole(Role.Admin).Build(Now);

        var roleChanged = user.ChangeRole(Role.Admin, Now.AddHours(1));

        Assert.False(roleChanged);
        Assert.Equal(Role.Admin, user.Role);
        Assert.Equal(Now, user.UpdatedAt);
        Assert.Empty(user.DomainEvents);
    }

    [Theory]
    [InlineData(Role.Admin, false, true)]
    [InlineData(Role.Admin, true, false)]
    [InlineData(Role.User, false, false)]
    public void MayAdminister_OnlyAnAdminWhoseAccountStands(Role role, bool deleted, bool mayAdminister)
    {
        var builder = UserBuilder.Verified().WithRole(role);
        var user = (deleted ? builder.Deleted() : builder).Build(Now);

        Assert.Equal(mayAdminister, user.MayAdminister);
    }

    [Fact]
    public void ChangeRole_ToAnUndefinedRole_IsAProgrammingErrorAndThrows()
    {
        var user = UserBuilder.Verified().Build(Now);

        Assert.Throws<ArgumentOutOfRangeException>(() => user.ChangeRole((Role)42, Now));
        Assert.Equal(Role.User, user.Role);
    }
}
