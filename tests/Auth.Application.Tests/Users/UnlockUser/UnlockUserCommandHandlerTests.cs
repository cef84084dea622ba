using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.UnlockUser;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.UnlockUser;

public sealed class UnlockUserCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task UnlockUser_OfALockedAccount_LiftsTheLockAndTheCount()
    {
        var user = _fx.Given(UserBuilder.Verified().LockedOut());

        (await Handle(new UnlockUserCommand(user.Id))).ShouldSucceed();

        Assert.False(user.IsLockedAt(_fx.Now));
        Assert.Null(user.LockedUntil);
        Assert.Equal(0, user.FailedSignInCount);
    }

    [Fact]
    public async Task UnlockUser_OfAnAccountThatIsNotLocked_Succeeds()
    {
        var user = _fx.Given(UserBuilder.Verified());

        (await Handle(new UnlockUserCommand(user.Id))).ShouldSucceed();

        Assert.Null(user.LockedUntil);
    }

    [Fact]
    public async Task UnlockUser_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new UnlockUserCommand(UserId.New(_fx.Now)))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result> Handle(UnlockUserCommand command) =>
        await new UnlockUserCommandHandler(_fx.Users, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
