using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.UpdateProfile;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.UpdateProfile;

public sealed class UpdateProfileCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task UpdateProfile_WithNameAndAvatar_ChangesBoth()
    {
        var user = _fx.Given(UserBuilder.Verified());
        _fx.Clock.Advance(TimeSpan.FromMinutes(3));

        var dto = (await Handle(new UpdateProfileCommand(user.Id, "  Countess of Lovelace ",
            new AvatarDto("https://cdn.example.com/ada.png", "avatars/ada", 2048)))).ShouldSucceed();

        Assert.Equal("Countess of Lovelace", dto.Name);
        Assert.Equal(new AvatarDto("https://cdn.example.com/ada.png", "avatars/ada", 2048), dto.Avatar);
        Assert.Equal("Countess of Lovelace", user.Name.Value);
        Assert.Equal("https://cdn.example.com/ada.png", user.Avatar!.Url);
        Assert.Equal(_fx.Now, user.UpdatedAt);
    }

    [Fact]
    public async Task UpdateProfile_WithOnlyAName_KeepsTheAvatar()
    {
        var user = _fx.Given(UserBuilder.Verified());
        user.UpdateProfile(null, Avatar.Create("https://cdn.example.com/ada.png", null, null).Value, _fx.Now);

        var dto = (await Handle(new UpdateProfileCommand(user.Id, "Ada King", null))).ShouldSucceed();

        Assert.Equal("Ada King", dto.Name);
        Assert.Equal("https://cdn.example.com/ada.png", dto.Avatar!.Url);
    }

    [Fact]
    public async Task UpdateProfile_WithNothing_ChangesNothing()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var before = user.UpdatedAt;
        _fx.Clock.Advance(TimeSpan.FromMinutes(3));

        var dto = (await Handle(new UpdateProfileCommand(user.Id, null, null))).ShouldSucceed();

        Assert.Equal("Ada Lovelace", dto.Name);
        Assert.Equal(before, user.UpdatedAt);
    }

    [Fact]
    public async Task UpdateProfile_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new UpdateProfileCommand(UserId.New(_fx.Now), "Nobody", null))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result<UserDto>> Handle(UpdateProfileCommand command) =>
        await new UpdateProfileCommandHandler(_fx.Users, _fx.Clock, _fx.Mapper).Handle(command, HandlerFixture.Ct);
}
