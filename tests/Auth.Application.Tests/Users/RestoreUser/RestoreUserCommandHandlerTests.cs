using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.RestoreUser;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.RestoreUser;

public sealed class RestoreUserCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task RestoreUser_BringsADeletedAccountBackBeforeTheReactivationWindow()
    {
        var user = _fx.Given(UserBuilder.Verified().Deleted());
        _fx.Clock.Advance(TimeSpan.FromMinutes(5));

        (await Handle(new RestoreUserCommand(user.Id))).ShouldSucceed();

        Assert.False(user.IsDeleted);
        Assert.Null(user.DeletedAt);
        Assert.Null(user.ReactivateAvailableAt);
    }

    [Fact]
    public async Task RestoreUser_OfAnAccountThatIsNotDeleted_Succeeds()
    {
        var user = _fx.Given(UserBuilder.Verified());

        (await Handle(new RestoreUserCommand(user.Id))).ShouldSucceed();

        Assert.False(user.IsDeleted);
    }

    [Fact]
    public async Task RestoreUser_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new RestoreUserCommand(UserId.New(_fx.Now)))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result> Handle(RestoreUserCommand command) =>
        await new RestoreUserCommandHandler(_fx.Users, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
