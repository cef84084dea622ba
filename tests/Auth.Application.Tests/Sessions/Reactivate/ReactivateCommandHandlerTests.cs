using Auth.Application.Sessions;
using Auth.Application.Sessions.Reactivate;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;

namespace Auth.Application.Tests.Sessions.Reactivate;

public sealed class ReactivateCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task Reactivate_BeforeTheWindowOpens_ReturnsAccountDeletedWithTheReactivationTime()
    {
        var user = _fx.Given(UserBuilder.Verified().Deleted());
        _fx.Clock.Advance(TimeSpan.FromHours(23));

        var error = (await Handle(Reactivate(UserBuilder.DefaultPassword))).ShouldFailWith(ErrorCodes.AccountDeleted);

        Assert.Equal(HandlerFixture.Start + TimeSpan.FromHours(24), error.Detail<DateTimeOffset>("reactivateAvailableAt"));
        Assert.True(user.IsDeleted);
        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task Reactivate_AfterTheWindowOpens_RestoresTheAccountAndReturnsTokens()
    {
        var user = _fx.Given(UserBuilder.Verified().Deleted());
        _fx.Clock.Advance(TimeSpan.FromHours(24));

        var outcome = (await Handle(Reactivate(UserBuilder.DefaultPassword))).ShouldSucceed();

        var tokens = Assert.IsType<TokenPair>(outcome.Tokens);
        Assert.Equal(user.Id.Value, tokens.User.Id);
        Assert.True(_fx.Sessions.Get(tokens.SessionId).IsActiveAt(_fx.Now));
        Assert.False(user.IsDeleted);
        Assert.Null(user.DeletedAt);
        Assert.Null(user.ReactivateAvailableAt);
        Assert.Equal(_fx.Now, user.LastSignInAt);
    }

    [Fact]
    public async Task Reactivate_InSessionMode_ReturnsASessionToken()
    {
        _fx.Given(UserBuilder.Verified().Deleted());
        _fx.Clock.Advance(TimeSpan.FromDays(2));

        var outcome = (await Handle(Reactivate(UserBuilder.DefaultPassword, SignInMode.Session))).ShouldSucceed();

        Assert.NotNull(outcome.Session);
        Assert.Null(outcome.Tokens);
    }

    [Fact]
    public async Task Reactivate_AnAccountThatIsNotDeleted_ReturnsAccountNotDeleted()
    {
        _fx.Given(UserBuilder.Verified());

        (await Handle(Reactivate(UserBuilder.DefaultPassword))).ShouldFailWith("account_not_deleted");

        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task Reactivate_WithAWrongPassword_ReturnsInvalidCredentialsAndKeepsTheAccountDeleted()
    {
        var user = _fx.Given(UserBuilder.Verified().Deleted());
        _fx.Clock.Advance(TimeSpan.FromHours(25));

        (await Handle(Reactivate("not my password"))).ShouldFailWith(ErrorCodes.InvalidCredentials);

        Assert.True(user.IsDeleted);
        Assert.Equal(1, user.FailedSignInCount);
        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task Reactivate_WhenTheFifthAttemptFails_LocksTheAccount()
    {
        var user = _fx.Given(UserBuilder.Verified().WithFailedSignIns(4).Deleted());
        _fx.Clock.Advance(TimeSpan.FromHours(25));

        (await Handle(Reactivate("not my password"))).ShouldFailWith(ErrorCodes.AccountLocked);
        (await Handle(Reactivate(UserBuilder.DefaultPassword))).ShouldFailWith(ErrorCodes.AccountLocked);

        Assert.True(user.IsDeleted);
    }

    [Fact]
    public async Task Reactivate_WithAnUnknownEmail_ReturnsInvalidCredentialsAfterHashingAsForAKnownOne()
    {
        (await Handle(new ReactivateCommand("nobody@example.com", UserBuilder.DefaultPassword, SignInMode.Token, ClientInfo.Unknown)))
            .ShouldFailWith(ErrorCodes.InvalidCredentials);

        Assert.Null(Assert.Single(_fx.Hasher.Verifications).Hash);
    }

    [Fact]
    public async Task Reactivate_WithTwoFactorEnabled_AsksForTheSecondFactorInsteadOfStartingASession()
    {
        _fx.Given(UserBuilder.Verified().WithTwoFactor().Deleted());
        _fx.Clock.Advance(TimeSpan.FromHours(25));

        var outcome = (await Handle(Reactivate(UserBuilder.DefaultPassword))).ShouldSucceed();

        Assert.True(outcome.TwoFactorRequired);
        Assert.Empty(_fx.Sessions.All);
    }

    private static ReactivateCommand Reactivate(string password, SignInMode mode = SignInMode.Token) =>
        new(UserBuilder.DefaultEmail, password, mode, ClientInfo.Unknown);

    private async Task<Result<SignInOutcome>> Handle(ReactivateCommand command) =>
        await new ReactivateCommandHandler(_fx.CredentialCheck, _fx.SignInCompletion, _fx.Settings, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
