using Auth.Application.Sessions.SignOut;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;

namespace Auth.Application.Tests.Sessions.SignOut;

public sealed class SignOutCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task SignOut_EndsTheCurrentSessionAndItsRefreshTokens()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);

        (await Handle(new SignOutCommand(new SessionId(tokens.SessionId)))).ShouldSucceed();

        Assert.Equal(SessionRevocationReason.SignedOut, _fx.SessionOf(tokens).RevocationReason);
        Assert.False(_fx.Sessions.Get(tokens.SessionId).IsActive);
    }

    [Fact]
    public async Task SignOut_LeavesTheUsersOtherSessionsSignedIn()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var phone = await _fx.GivenSignedInWithTokensAsync(user);
        var laptop = await _fx.GivenSignedInWithTokensAsync(user);

        (await Handle(new SignOutCommand(new SessionId(phone.SessionId)))).ShouldSucceed();

        Assert.True(_fx.SessionOf(laptop).IsActiveAt(_fx.Now));
        Assert.True(_fx.Sessions.Get(laptop.SessionId).IsActive);
    }

    [Fact]
    public async Task SignOut_Twice_Succeeds()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);
        (await Handle(new SignOutCommand(new SessionId(tokens.SessionId)))).ShouldSucceed();

        (await Handle(new SignOutCommand(new SessionId(tokens.SessionId)))).ShouldSucceed();
    }

    [Fact]
    public async Task SignOut_OfAnUnknownSession_Succeeds()
    {
        (await Handle(new SignOutCommand(SessionId.New(_fx.Now)))).ShouldSucceed();
    }

    private async Task<Result> Handle(SignOutCommand command) =>
        await new SignOutCommandHandler(_fx.Sessions, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
