using System.Net;
using Auth.Api.Tests.TestSupport;
using Auth.Api.Tests.TestSupport.OAuth;

namespace Auth.Api.Tests.Accounts;

/// <summary>Which user a provider sign-in lands on when an account with the same email already exists.</summary>
public sealed class AccountLinkingFlowTests : OAuthApiTestBase
{
    private const string Email = "grace@example.com";

    [Fact]
    public async Task ExistingVerifiedLocalUser_WithTheProviderVouchingForTheEmail_IsLinked_AndKeepsThePassword()
    {
        var local = await Flows.SignedInAsync(Email);

        var viaGoogle = await Social.SignInAsync("google");

        Assert.Equal(local.Get("user.id"), viaGoogle.Get("user.id"));
        Assert.Equal("local", viaGoogle.Get("user.provider"));
        Assert.Equal(1, Count("users"));
        Assert.Equal(HttpStatusCode.OK, (await Flows.SignInAsync(Email)).Status);
        var accounts = await Api.GetAsync("/api/v1/users/me/accounts", viaGoogle.Get("accessToken"));
        Assert.Equal("google", accounts.Json![0]!["provider"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExistingLocalUser_WithAnUnverifiedProviderEmail_IsRefused_AndNothingIsLinked()
    {
        await Flows.SignedInAsync(Email);
        Provider.User = Provider.User with { EmailVerified = false };

        var landed = await Social.RunAsync("google");

        Assert.Equal("provider_email_not_verified", landed.Error);
        Assert.Null(landed.Code);
        Assert.Equal(1, Count("users"));
        Assert.Equal(0, Count("accounts"));
    }

    [Fact]
    public async Task NoExistingUser_WithAnUnverifiedProviderEmail_IsRefused_AndNoUserIsCreated()
    {
        Provider.User = Provider.User with { EmailVerified = false };

        var landed = await Social.RunAsync("google");

        Assert.Equal("provider_email_not_verified", landed.Error);
        Assert.Equal(0, Count("users"));
    }

    [Fact]
    public async Task ExistingLocalUserWhoNeverVerifiedTheEmail_IsNotHandedToTheProviderAccount()
    {
        await Flows.SignUpAsync(Email);

        var landed = await Social.RunAsync("google");

        Assert.Equal("email_not_verified", landed.Error);
        Assert.Equal(0, Count("accounts"));
    }

    [Fact]
    public async Task BothProviders_LinkToOneUser_WhenBothVouchForTheEmail()
    {
        var google = await Social.SignInAsync("google");
        Provider.User = Provider.User with { Id = "4242" };

        var github = await Social.SignInAsync("github");

        Assert.Equal(google.Get("user.id"), github.Get("user.id"));
        Assert.Equal(2, Count("accounts"));
    }

    [Fact]
    public async Task AnotherGoogleAccountWithTheSameEmail_DoesNotReplaceTheLinkedOne()
    {
        await Social.SignInAsync("google");
        Provider.User = Provider.User with { Id = "2002" };

        var landed = await Social.RunAsync("google");

        Assert.Equal("provider_already_linked", landed.Error);
        Assert.Equal(1, Count("accounts"));
    }

    [Fact]
    public async Task DeletedAccount_IsNotSignedInThroughTheProvider()
    {
        var local = await Flows.SignedInAsync(Email);
        await Social.SignInAsync("google");
        var deleted = await Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me", new { password = AuthFlows.Password }, local.Get("accessToken"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);

        var landed = await Social.RunAsync("google");

        Assert.Equal("account_deleted", landed.Error);
    }

    [Fact]
    public async Task TwoFactorUser_GetsTheSecondStepAtTheExchange_NotTokens()
    {
        var local = await Flows.SignedInAsync(Email);
        var enabled = await Api.SendAsync(HttpMethod.Put, "/api/v1/users/me/two-factor", new { enabled = true }, local.Get("accessToken"));
        Assert.Equal(HttpStatusCode.OK, enabled.Status);
        var landed = await Social.RunAsync("google");

        var exchanged = await Social.ExchangeAsync(landed.Code);

        Assert.Equal(HttpStatusCode.Accepted, exchanged.Status);
        Assert.Equal("true", exchanged.Get("twoFactorRequired"));
        var code = Factory.Mailbox.LatestCode(Email, "Your sign-in code");
        var second = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code });
        Assert.Equal(HttpStatusCode.OK, second.Status);
    }
}
