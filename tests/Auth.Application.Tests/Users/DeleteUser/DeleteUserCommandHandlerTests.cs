using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.DeleteUser;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.DeleteUser;

public sealed class DeleteUserCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task DeleteUser_SoftDeletesTheAccountAndEndsItsSessions()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);

        (await Handle(new DeleteUserCommand(user.Id))).ShouldSucceed();

        Assert.True(user.IsDeleted);
        Assert.Equal(_fx.Now + TimeSpan.FromHours(24), user.ReactivateAvailableAt);
        Assert.Equal(SessionRevocationReason.RevokedByAdmin, _fx.SessionOf(tokens).RevocationReason);
        Assert.All(_fx.Sessions.All, s => Assert.False(s.IsActive));
    }

    [Fact]
    public async Task DeleteUser_LeavesOtherUsersSignedIn()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var other = _fx.Given(UserBuilder.Verified().WithEmail("grace@example.com"));
        var othersTokens = await _fx.GivenSignedInWithTokensAsync(other);

        (await Handle(new DeleteUserCommand(user.Id))).ShouldSucceed();

        Assert.True(_fx.SessionOf(othersTokens).IsActiveAt(_fx.Now));
    }

    [Fact]
    public async Task DeleteUser_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new DeleteUserCommand(UserId.New(_fx.Now)))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result> Handle(DeleteUserCommand command) =>
        await new DeleteUserCommandHandler(_fx.Users, _fx.Sessions, _fx.Settings, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
