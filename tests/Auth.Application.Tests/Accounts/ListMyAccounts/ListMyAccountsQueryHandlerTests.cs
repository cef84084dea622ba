using Auth.Application.Accounts;
using Auth.Application.Accounts.ListMyAccounts;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Accounts;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Accounts.ListMyAccounts;

public sealed class ListMyAccountsQueryHandlerTests
{
    private readonly OAuthFixture _oauth = new();

    [Fact]
    public async Task List_ReturnsTheCallersAccounts_AsProviderWireNameAccountIdAndLinkTime()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified());
        var stranger = _oauth.Fx.Given(UserBuilder.Verified().WithEmail("stranger@example.com"));
        _oauth.Accounts.Add(Account.Link(user.Id, OAuthFixture.SignedInAs(AuthProvider.GitHub, "583231").Identity, ProtectedProviderTokens.None, _oauth.Fx.Now));
        _oauth.Accounts.Add(Account.Link(stranger.Id, OAuthFixture.SignedInAs().Identity, ProtectedProviderTokens.None, _oauth.Fx.Now));

        var accounts = (await _oauth.ListHandler.Handle(new ListMyAccountsQuery(user.Id), HandlerFixture.Ct)).ShouldSucceed();

        Assert.Equal([new AccountDto("github", "583231", _oauth.Fx.Now)], accounts);
    }
}
