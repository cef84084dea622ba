using Auth.Application.Sessions.SignOutAll;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;

namespace Auth.Application.Tests.Sessions.SignOutAll;

public sealed class SignOutAllCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task SignOutAll_EndsEverySessionOfTheUserAndTheirRefreshTokens()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var phone = await _fx.GivenSignedInWithTokensAsync(user);
        var browser = await _fx.GivenSignedInWithSessionTokenAsync(user);

        (await Handle(new SignOutAllCommand(user.Id))).ShouldSucceed();

        Assert.Equal(SessionRevocationReason.SignedOutEverywhere, _fx.SessionOf(phone).RevocationReason);
        Assert.Equal(SessionRevocationReason.SignedOutEverywhere, _fx.SessionOf(browser).RevocationReason);
        Assert.False(_fx.Sessions.Get(phone.SessionId).IsActive);
    }

    [Fact]
    public async Task SignOutAll_LeavesOtherUsersSignedIn()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var other = _fx.Given(UserBuilder.Verified().WithEmail("grace@example.com"));
        await _fx.GivenSignedInWithTokensAsync(user);
        var othersTokens = await _fx.GivenSignedInWithTokensAsync(other);

        (await Handle(new SignOutAllCommand(user.Id))).ShouldSucceed();

        Assert.True(_fx.SessionOf(othersTokens).IsActiveAt(_fx.Now));
        Assert.True(_fx.Sessions.Get(othersTokens.SessionId).IsActive);
    }

    private async Task<Result> Handle(SignOutAllCommand command) =>
        await new SignOutAllCommandHandler(_fx.Sessions, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
