using System.Net;
using Auth.Api.Tests.TestSupport;
using Auth.Api.Tests.TestSupport.OAuth;

namespace Auth.Api.Tests.Accounts;

/// <summary>
/// An account made through a provider has no password, so password guesses against it have nothing to lock. On
/// SQLite; <see cref="PostgresProviderOnlyAccountTests"/> and <see cref="MariaDbProviderOnlyAccountTests"/> run the same
/// tests on the servers.
/// </summary>
public class ProviderOnlyAccountTests : OAuthApiTestBase
{
    private const string Email = "grace@example.com";

    [SkippableFact]
    public async Task PasswordGuesses_AreRefusedAsInvalidCredentials_AndNeverLockIt()
    {
        await Social.SignInAsync("google");

        var guesses = new List<ApiResponse>();
        for (var i = 0; i < 8; i++) guesses.Add(await Flows.SignInAsync(Email, "guess number " + i));
        var providerAgain = await Social.SignInAsync("google");

        Assert.All(guesses, g => Assert.Equal((HttpStatusCode.Unauthorized, "invalid_credentials"), (g.Status, g.Code)));
        Assert.Equal(HttpStatusCode.OK, providerAgain.Status);
        Assert.DoesNotContain(Factory.Mailbox.MessagesTo(Email), m => m.Contains("Subject: Your account was locked", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AfterPasswordGuesses_AnEmailedCodeStillSignsIn()
    {
        await Social.SignInAsync("google");
        for (var i = 0; i < 5; i++) await Flows.SignInAsync(Email, "guess number " + i);

        await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var code = Factory.Mailbox.LatestCode(Email, "Your sign-in code");
        var signIn = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code });

        Assert.Equal(HttpStatusCode.OK, signIn.Status);
    }
}
