using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.SetTwoFactor;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.SetTwoFactor;

public sealed class SetTwoFactorCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task SetTwoFactor_On_EnablesTwoFactorSignIn()
    {
        var user = _fx.Given(UserBuilder.Verified());

        var dto = (await Handle(new SetTwoFactorCommand(user.Id, true))).ShouldSucceed();

        Assert.True(dto.TwoFactorEnabled);
        Assert.True(user.TwoFactorEnabled);
    }

    [Fact]
    public async Task SetTwoFactor_Off_DisablesTwoFactorSignIn()
    {
        var user = _fx.Given(UserBuilder.Verified().WithTwoFactor());

        var dto = (await Handle(new SetTwoFactorCommand(user.Id, false))).ShouldSucceed();

        Assert.False(dto.TwoFactorEnabled);
        Assert.False(user.TwoFactorEnabled);
    }

    [Fact]
    public async Task SetTwoFactor_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new SetTwoFactorCommand(UserId.New(_fx.Now), true))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result<UserDto>> Handle(SetTwoFactorCommand command) =>
        await new SetTwoFactorCommandHandler(_fx.Users, _fx.Clock, _fx.Mapper).Handle(command, HandlerFixture.Ct);
}
