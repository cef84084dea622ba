using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.DeleteMe;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.DeleteMe;

public sealed class DeleteMeCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Theory]
    [InlineData("not my password")]
    [InlineData("")]
    [InlineData(null)]
    public async Task DeleteMe_WithoutTheRightPassword_ReturnsInvalidCredentialsAndKeepsTheAccount(string? password)
    {
        var user = _fx.Given(UserBuilder.Verified());
        var tokens = await _fx.GivenSignedInWithTokensAsync(user);

        (await Handle(new DeleteMeCommand(user.Id, password))).ShouldFailWith(ErrorCodes.InvalidCredentials);

        Assert.False(user.IsDeleted);
        Assert.True(_fx.SessionOf(tokens).IsActiveAt(_fx.Now));
    }

    [Fact]
    public async Task DeleteMe_WithTheRightPassword_SoftDeletesTheAccountAndRevokesEverySession()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var phone = await _fx.GivenSignedInWithTokensAsync(user);
        var browser = await _fx.GivenSignedInWithSessionTokenAsync(user);

        (await Handle(new DeleteMeCommand(user.Id, UserBuilder.DefaultPassword))).ShouldSucceed();

        Assert.True(user.IsDeleted);
        Assert.Equal(_fx.Now, user.DeletedAt);
        Assert.Equal(_fx.Now + TimeSpan.FromHours(24), user.ReactivateAvailableAt);
        Assert.Equal(SessionRevocationReason.AccountDeleted, _fx.SessionOf(phone).RevocationReason);
        Assert.Equal(SessionRevocationReason.AccountDeleted, _fx.SessionOf(browser).RevocationReason);
        Assert.All(_fx.Sessions.All, s => Assert.False(s.IsActive));
    }

    [Fact]
    public async Task DeleteMe_OfAProviderAccountWithoutPassword_NeedsNoPassword()
    {
        var user = _fx.Given(UserBuilder.FromProvider(AuthProvider.Google));

        (await Handle(new DeleteMeCommand(user.Id, null))).ShouldSucceed();

        Assert.True(user.IsDeleted);
    }

    [Fact]
    public async Task DeleteMe_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new DeleteMeCommand(UserId.New(_fx.Now), UserBuilder.DefaultPassword))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result> Handle(DeleteMeCommand command) =>
        await new DeleteMeCommandHandler(_fx.Users, _fx.Sessions, _fx.Hasher, _fx.Settings, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
