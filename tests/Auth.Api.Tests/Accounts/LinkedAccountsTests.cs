using System.Net;
using Auth.Api.Tests.TestSupport.OAuth;

namespace Auth.Api.Tests.Accounts;

/// <summary>GET and DELETE /users/me/accounts: listing and unlinking, never the last way to sign in.</summary>
public sealed class LinkedAccountsTests : OAuthApiTestBase
{
    [Fact]
    public async Task List_ShowsProviderAccountIdAndLinkTime_ButNoTokens()
    {
        var tokens = await Social.SignInAsync("google");

        var accounts = await Api.GetAsync("/api/v1/users/me/accounts", tokens.Get("accessToken"));

        Assert.Equal(HttpStatusCode.OK, accounts.Status);
        var account = Assert.Single(accounts.Json!.AsArray())!.AsObject();
        Assert.Equal("google", account["provider"]!.GetValue<string>());
        Assert.Equal(Provider.User.Id, account["accountId"]!.GetValue<string>());
        Assert.Equal(Factory.Clock.GetUtcNow(), account["linkedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(3, account.Count);
    }

    [Fact]
    public async Task List_OfALocalUser_IsEmpty_AndNeedsABearer()
    {
        var local = await Flows.SignedInAsync("ada@example.com");

        var accounts = await Api.GetAsync("/api/v1/users/me/accounts", local.Get("accessToken"));
        var anonymous = await Api.GetAsync("/api/v1/users/me/accounts");

        Assert.Equal("[]", accounts.Body);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
    }

    [Fact]
    public async Task Unlink_TheOnlyAccountOfAUserWithoutPassword_IsRefusedWith409()
    {
        var tokens = await Social.SignInAsync("google");

        var answer = await Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me/accounts/google", bearer: tokens.Get("accessToken"));

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("last_sign_in_method", answer.Code);
        Assert.Equal(1, Count("accounts"));
    }

    [Fact]
    public async Task Unlink_OneOfTwoProviders_Works_ThenTheLastIsRefused()
    {
        var tokens = await Social.SignInAsync("google");
        Provider.User = Provider.User with { Id = "5150" };
        await Social.SignInAsync("github");
        var bearer = tokens.Get("accessToken");

        var first = await Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me/accounts/github", bearer: bearer);
        var last = await Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me/accounts/google", bearer: bearer);

        Assert.Equal(HttpStatusCode.NoContent, first.Status);
        Assert.Equal(HttpStatusCode.Conflict, last.Status);
        var accounts = await Api.GetAsync("/api/v1/users/me/accounts", bearer);
        Assert.Equal("google", Assert.Single(accounts.Json!.AsArray())!["provider"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unlink_FromAUserWithAPassword_Works_AndThePasswordStillSignsIn()
    {
        var local = await Flows.SignedInAsync("grace@example.com");
        await Social.SignInAsync("google");

        var answer = await Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me/accounts/google", bearer: local.Get("accessToken"));

        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        Assert.Equal(0, Count("accounts"));
        Assert.Equal(HttpStatusCode.OK, (await Flows.SignInAsync("grace@example.com")).Status);
    }

    [Theory]
    [InlineData("github")]
    [InlineData("facebook")]
    [InlineData("local")]
    public async Task Unlink_AProviderThatIsNotLinked_OrUnknown_Is404(string provider)
    {
        var tokens = await Social.SignInAsync("google");

        var answer = await Api.SendAsync(HttpMethod.Delete, $"/api/v1/users/me/accounts/{provider}", bearer: tokens.Get("accessToken"));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("not_found", answer.Code);
    }
}
