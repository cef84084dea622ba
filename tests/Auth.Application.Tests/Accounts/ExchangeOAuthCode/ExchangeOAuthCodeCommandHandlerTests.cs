using Auth.Application.Accounts.ExchangeOAuthCode;
using Auth.Application.Sessions;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Accounts.ExchangeOAuthCode;

public sealed class ExchangeOAuthCodeCommandHandlerTests
{
    private readonly OAuthFixture _oauth = new();

    [Fact]
    public async Task Exchange_OfAFreshCode_StartsASessionForItsUser_AndRecordsTheSignIn()
    {
        var user = _oauth.Fx.Given(UserBuilder.FromProvider(AuthProvider.Google));
        var code = _oauth.Flows.IssueExchangeCode(user.Id, AuthProvider.Google, _oauth.Fx.Now);

        var outcome = (await Exchange(code)).ShouldSucceed();

        Assert.Equal(user.Id.Value, outcome.Tokens!.User.Id);
        Assert.Single(_oauth.Fx.Sessions.OfUser(user.Id));
        Assert.Equal(_oauth.Fx.Now, user.LastSignInAt);
    }

    [Fact]
    public async Task Exchange_OfTheSameCodeTwice_FailsTheSecondTime()
    {
        var user = _oauth.Fx.Given(UserBuilder.FromProvider(AuthProvider.Google));
        var code = _oauth.Flows.IssueExchangeCode(user.Id, AuthProvider.Google, _oauth.Fx.Now);
        (await Exchange(code)).ShouldSucceed();

        (await Exchange(code)).ShouldFailWith("oauth_code_invalid");

        Assert.Single(_oauth.Fx.Sessions.OfUser(user.Id));
    }

    [Fact]
    public async Task Exchange_After60Seconds_Fails()
    {
        var user = _oauth.Fx.Given(UserBuilder.FromProvider(AuthProvider.Google));
        var code = _oauth.Flows.IssueExchangeCode(user.Id, AuthProvider.Google, _oauth.Fx.Now);
        _oauth.Fx.Clock.Advance(TimeSpan.FromSeconds(60));

        (await Exchange(code)).ShouldFailWith("oauth_code_invalid");
    }

    [Fact]
    public async Task Exchange_OfAStateInsteadOfACode_Fails()
    {
        var (state, _) = await _oauth.StartedAsync();

        (await Exchange(state)).ShouldFailWith("oauth_code_invalid");
    }

    [Fact]
    public async Task Exchange_ForATwoFactorUser_MailsTheSignInCode_AndStartsNoSession()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified().WithTwoFactor());
        var code = _oauth.Flows.IssueExchangeCode(user.Id, AuthProvider.Google, _oauth.Fx.Now);

        var outcome = (await Exchange(code)).ShouldSucceed();

        Assert.True(outcome.TwoFactorRequired);
        Assert.Empty(_oauth.Fx.Sessions.All);
        Assert.Single(_oauth.Fx.Mail.To(user.Email.Value));
    }

    [Fact]
    public async Task Exchange_ForAUserDeletedMeanwhile_IsRefusedAsDeleted()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified().Deleted());
        var code = _oauth.Flows.IssueExchangeCode(user.Id, AuthProvider.Google, _oauth.Fx.Now);

        (await Exchange(code)).ShouldFailWith(ErrorCodes.AccountDeleted);
    }

    [Fact]
    public void Validator_RefusesMalformedCodesAndModes()
    {
        var validator = new ExchangeOAuthCodeCommandValidator();

        Assert.False(validator.Validate(new ExchangeOAuthCodeCommand("", SignInMode.Token, ClientInfo.Unknown)).IsValid);
        Assert.False(validator.Validate(new ExchangeOAuthCodeCommand("a b", SignInMode.Token, ClientInfo.Unknown)).IsValid);
        Assert.False(validator.Validate(new ExchangeOAuthCodeCommand("abc", (SignInMode)(-1), ClientInfo.Unknown)).IsValid);
        Assert.True(validator.Validate(new ExchangeOAuthCodeCommand("abc_-9", SignInMode.Session, ClientInfo.Unknown)).IsValid);
    }

    private Task<Result<SignInOutcome>> Exchange(string code) =>
        _oauth.ExchangeHandler.Handle(new ExchangeOAuthCodeCommand(code, SignInMode.Token, ClientInfo.Unknown), HandlerFixture.Ct).AsTask();
}
