using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Users;

public sealed class UserProfileTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly DateTimeOffset Later = Now.AddHours(1);
    private static readonly PersonName NewName = PersonName.Create("Augusta Ada King").Value;
    private static readonly Avatar NewAvatar = Avatar.Create("https://cdn.example.com/ada.png", "ada", 1_024).Value;

    [Fact]
    public void UpdateProfile_WithNameAndAvatar_ReplacesBoth()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.UpdateProfile(NewName, NewAvatar, Later);

        Assert.Equal(NewName, user.Name);
        Assert.Equal(NewAvatar, user.Avatar);
        Assert.Equal(Later, user.UpdatedAt);
    }

    [Fact]
    public void UpdateProfile_WithOnlyAName_KeepsTheAvatar()
    {
        var user = UserBuilder.Verified().Build(Now);
        user.UpdateProfile(name: null, NewAvatar, Now);

        user.UpdateProfile(NewName, avatar: null, Later);

        Assert.Equal(NewName, user.Name);
        Assert.Equal(NewAvatar, user.Avatar);
    }

    [Fact]
    public void UpdateProfile_WithOnlyAnAvatar_KeepsTheName()
    {
        var user = UserBuilder.Verified().WithName("Ada Lovelace").Build(Now);

        user.UpdateProfile(name: null, NewAvatar, Later);

        Assert.Equal("Ada Lovelace", user.Name.Value);
        Assert.Equal(NewAvatar, user.Avatar);
    }

    [Fact]
    public void UpdateProfile_WithNothing_ChangesNothing()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.UpdateProfile(name: null, avatar: null, Later);

        Assert.Equal("Ada Lovelace", user.Name.Value);
        Assert.Null(user.Avatar);
        Assert.Equal(Now, user.UpdatedAt);
    }
}
