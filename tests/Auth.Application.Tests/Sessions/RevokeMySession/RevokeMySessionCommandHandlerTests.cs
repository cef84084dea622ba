using Auth.Application.Sessions.RevokeMySession;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;

namespace Auth.Application.Tests.Sessions.RevokeMySession;

public sealed class RevokeMySessionCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task RevokeMySession_EndsThatSessionAndItsRefreshTokens()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var lostPhone = await _fx.GivenSignedInWithTokensAsync(user);
        var laptop = await _fx.GivenSignedInWithTokensAsync(user);

        (await Handle(new RevokeMySessionCommand(user.Id, new SessionId(lostPhone.SessionId)))).ShouldSucceed();

        Assert.Equal(SessionRevocationReason.RevokedByUser, _fx.SessionOf(lostPhone).RevocationReason);
        Assert.False(_fx.Sessions.Get(lostPhone.SessionId).IsActive);
        Assert.True(_fx.SessionOf(laptop).IsActiveAt(_fx.Now));
    }

    [Fact]
    public async Task RevokeMySession_OfAnotherUsersSession_ReturnsNotFoundAndLeavesItAlive()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var other = _fx.Given(UserBuilder.Verified().WithEmail("grace@example.com"));
        var othersTokens = await _fx.GivenSignedInWithTokensAsync(other);

        (await Handle(new RevokeMySessionCommand(user.Id, new SessionId(othersTokens.SessionId)))).ShouldFailWith(ErrorCodes.NotFound);

        Assert.True(_fx.SessionOf(othersTokens).IsActiveAt(_fx.Now));
    }

    [Fact]
    public async Task RevokeMySession_OfAnUnknownSession_ReturnsNotFound()
    {
        var user = _fx.Given(UserBuilder.Verified());

        (await Handle(new RevokeMySessionCommand(user.Id, SessionId.New(_fx.Now)))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result> Handle(RevokeMySessionCommand command) =>
        await new RevokeMySessionCommandHandler(_fx.Sessions, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
