using Auth.Application.Sessions.RevokeUserSessions;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Sessions.RevokeUserSessions;

public sealed class RevokeUserSessionsCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task RevokeUserSessions_EndsEverySessionOfThatUser()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var phone = await _fx.GivenSignedInWithTokensAsync(user);
        var browser = await _fx.GivenSignedInWithSessionTokenAsync(user);

        (await Handle(new RevokeUserSessionsCommand(user.Id))).ShouldSucceed();

        Assert.Equal(SessionRevocationReason.RevokedByAdmin, _fx.SessionOf(phone).RevocationReason);
        Assert.Equal(SessionRevocationReason.RevokedByAdmin, _fx.SessionOf(browser).RevocationReason);
        Assert.All(_fx.Sessions.All, s => Assert.False(s.IsActive));
        Assert.False(user.IsDeleted);
    }

    [Fact]
    public async Task RevokeUserSessions_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new RevokeUserSessionsCommand(UserId.New(_fx.Now)))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result> Handle(RevokeUserSessionsCommand command) =>
        await new RevokeUserSessionsCommandHandler(_fx.Users, _fx.Sessions, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
