using Auth.Application.Accounts.UnlinkAccount;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Accounts.UnlinkAccount;

public sealed class UnlinkAccountCommandHandlerTests
{
    private readonly OAuthFixture _oauth = new();

    [Fact]
    public async Task Unlink_OfAUserWithAPassword_RemovesTheAccount()
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified());
        Link(user, AuthProvider.Google);

        (await Unlink(user, "google")).ShouldSucceed();

        Assert.Empty(_oauth.Accounts.All);
    }

    [Fact]
    public async Task Unlink_OfTheLastWayToSignIn_IsRefused_AndKeepsTheAccount()
    {
        var user = _oauth.Fx.Given(UserBuilder.FromProvider(AuthProvider.Google));
        Link(user, AuthProvider.Google);

        (await Unlink(user, "google")).ShouldFailWith("last_sign_in_method");

        Assert.Single(_oauth.Accounts.All);
    }

    [Fact]
    public async Task Unlink_OneOfTwoAccountsOfAUserWithoutPassword_Works()
    {
        var user = _oauth.Fx.Given(UserBuilder.FromProvider(AuthProvider.Google));
        Link(user, AuthProvider.Google);
        Link(user, AuthProvider.GitHub);

        (await Unlink(user, "github")).ShouldSucceed();

        Assert.Equal(AuthProvider.Google, Assert.Single(_oauth.Accounts.All).Provider);
    }

    [Theory]
    [InlineData("github")]
    [InlineData("local")]
    [InlineData("facebook")]
    [InlineData("GOOGLE")]
    public async Task Unlink_OfAProviderNotLinked_OrUnknown_IsNotFound(string provider)
    {
        var user = _oauth.Fx.Given(UserBuilder.Verified());
        Link(user, AuthProvider.Google);

        (await Unlink(user, provider)).ShouldFailWith(ErrorCodes.NotFound);

        Assert.Single(_oauth.Accounts.All);
    }

    private void Link(User user, AuthProvider provider) =>
        _oauth.Accounts.Add(Account.Link(user.Id, OAuthFixture.SignedInAs(provider, $"{provider}-1").Identity, ProtectedProviderTokens.None, _oauth.Fx.Now));

    private Task<Result> Unlink(User user, string provider) =>
        _oauth.UnlinkHandler.Handle(new UnlinkAccountCommand(user.Id, provider), HandlerFixture.Ct).AsTask();
}
