using System.Web;
using Auth.Application.Accounts;
using Auth.Application.Accounts.ExchangeOAuthCode;
using Auth.Application.Accounts.HandOffToApp;
using Auth.Application.Sessions;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;

namespace Auth.Application.Tests.Accounts.HandOffToApp;

public sealed class HandOffToAppCommandHandlerTests
{
    private readonly OAuthFixture _oauth = new();

    [Fact]
    public async Task HandOff_ToAnAllowListedApp_SendsTheBrowserBackWithACode_AndTheAppsState()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified());

        var redirect = (await HandOff(user.Id, OAuthFixture.AppRedirectUri, "app-state")).ShouldSucceed();

        var query = HttpUtility.ParseQueryString(redirect.Location.Query);
        Assert.StartsWith(OAuthFixture.AppRedirectUri + "?", redirect.Location.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("app-state", query["state"]);
        Assert.False(string.IsNullOrEmpty(query["code"]));
    }

    [Fact]
    public async Task HandOff_ToAnAddressNotOnTheAllowList_IsRefused_AndStagesNoCode()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified());

        (await HandOff(user.Id, "https://evil.example.com/cb", null)).ShouldFailWith(ErrorCodes.RedirectUriNotAllowed);

        Assert.Empty(_oauth.Verifications.All);
    }

    [Fact]
    public async Task HandOff_ForADeletedAccount_IsRefused()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified().Deleted());

        (await HandOff(user.Id, OAuthFixture.AppRedirectUri, null)).ShouldFailWith(ErrorCodes.AccountDeleted);
    }

    [Fact]
    public async Task TheAppsExchange_ForATwoFactorUser_StartsTheSessionAtOnce_BecauseThePagesAskedForTheSecondStep()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified().WithTwoFactor());
        var redirect = (await HandOff(user.Id, OAuthFixture.AppRedirectUri, null)).ShouldSucceed();
        var code = HttpUtility.ParseQueryString(redirect.Location.Query)["code"]!;

        var outcome = (await _oauth.ExchangeHandler.Handle(
            new ExchangeOAuthCodeCommand(code, SignInMode.Token, ClientInfo.Unknown), HandlerFixture.Ct)).ShouldSucceed();

        Assert.False(outcome.TwoFactorRequired);
        Assert.Equal(user.Id.Value, outcome.Tokens!.User.Id);
        Assert.Single(_oauth.Fx.Sessions.OfUser(user.Id));
    }

    [Fact]
    public void Validator_RefusesARelativeReturnTo_AndControlCharactersInTheState()
    {
        var validator = new HandOffToAppCommandValidator();
        var id = new Domain.Users.UserId(Guid.NewGuid());

        Assert.False(validator.Validate(new HandOffToAppCommand(id, "/cb", null)).IsValid);
        Assert.False(validator.Validate(new HandOffToAppCommand(id, OAuthFixture.AppRedirectUri, "a\nb")).IsValid);
        Assert.True(validator.Validate(new HandOffToAppCommand(id, OAuthFixture.AppRedirectUri, "ok")).IsValid);
    }

    private Task<Result<OAuthRedirect>> HandOff(Domain.Users.UserId userId, string returnTo, string? state) =>
        _oauth.HandOffHandler.Handle(new HandOffToAppCommand(userId, returnTo, state), HandlerFixture.Ct).AsTask();
}
