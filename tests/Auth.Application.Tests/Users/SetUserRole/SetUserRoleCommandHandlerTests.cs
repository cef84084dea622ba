using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.SetUserRole;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.SetUserRole;

public sealed class SetUserRoleCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task SetUserRole_ToAdmin_MakesTheUserAnAdministrator()
    {
        var user = _fx.Given(UserBuilder.Verified());

        var dto = (await Handle(new SetUserRoleCommand(user.Id, "admin"))).ShouldSucceed();

        Assert.Equal("admin", dto.Role);
        Assert.Equal(Role.Admin, user.Role);
    }

    [Fact]
    public async Task SetUserRole_ToUser_DemotesAnAdministrator()
    {
        var user = _fx.Given(UserBuilder.Verified().Admin());

        var dto = (await Handle(new SetUserRoleCommand(user.Id, "user"))).ShouldSucceed();

        Assert.Equal("user", dto.Role);
        Assert.Equal(Role.User, user.Role);
    }

    [Fact]
    public async Task SetUserRole_ThatChangesTheRole_EndsTheUsersSessions()
    {
        var user = _fx.Given(UserBuilder.Verified().Admin());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);

        (await Handle(new SetUserRoleCommand(user.Id, "user"))).ShouldSucceed();

        Assert.False(_fx.SessionOf(tokens).IsActiveAt(_fx.Now));
    }

    [Fact]
    public async Task SetUserRole_ToTheRoleTheUserHas_KeepsTheirSessions()
    {
        var user = _fx.Given(UserBuilder.Verified().Admin());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);

        (await Handle(new SetUserRoleCommand(user.Id, "admin"))).ShouldSucceed();

        Assert.True(_fx.SessionOf(tokens).IsActiveAt(_fx.Now));
    }

    [Fact]
    public async Task SetUserRole_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new SetUserRoleCommand(UserId.New(_fx.Now), "admin"))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result<AdminUserDto>> Handle(SetUserRoleCommand command) =>
        await new SetUserRoleCommandHandler(_fx.Users, _fx.Sessions, _fx.Clock, _fx.Mapper).Handle(command, HandlerFixture.Ct);
}
