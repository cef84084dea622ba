using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Users;

/// <summary>The owner hears about changes to how their account signs in, by mail, after the change is saved.</summary>
public sealed class SecurityNoticeFlowTests : ApiTestBase
{
    private const string Email = "noticed@example.com";

    [Fact]
    public async Task ALockout_ThenAPasswordReset_EachMailTheOwnerANotice_WithoutAnySecret()
    {
        await Flows.SignUpVerifiedAsync(Email);
        for (var i = 0; i < 5; i++) await Flows.SignInAsync(Email, "wrong password " + i);
        var lockNotice = Assert.Single(Mailbox.MessagesTo(Email), m => m.Contains("Your account was locked", StringComparison.Ordinal));

        await Api.PostAsync("/api/v1/auth/password/forgot", new { email = Email });
        var code = Mailbox.LatestCode(Email, "Reset your password");
        var reset = await Api.PostAsync("/api/v1/auth/password/reset", new { email = Email, code, newPassword = "an entirely new passphrase" });
        var changeNotice = Assert.Single(Mailbox.MessagesTo(Email), m => m.Contains("Your password was changed", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, reset.Status);
        Assert.Contains("resetting it unlocks the account", lockNotice, StringComparison.Ordinal);
        Assert.DoesNotContain(code, changeNotice, StringComparison.Ordinal);
        Assert.DoesNotContain("an entirely new passphrase", changeNotice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurningTwoStepSignInOnOrOff_MailsTheOwner_ButAskingForTheSameStateDoesNot()
    {
        var token = (await Flows.SignedInAsync(Email)).Get("accessToken");

        await Api.SendAsync(HttpMethod.Put, "/api/v1/users/me/two-factor", new { enabled = true }, token);
        await Api.SendAsync(HttpMethod.Put, "/api/v1/users/me/two-factor", new { enabled = true }, token);
        await Api.SendAsync(HttpMethod.Put, "/api/v1/users/me/two-factor", new { enabled = false }, token);

        // Both were written at the same (fake) time, so the mail folder does not tell their order.
        var subjects = Mailbox.MessagesTo(Email).Select(m => m.Split("\r\n").First(l => l.StartsWith("Subject: ", StringComparison.Ordinal))).Order().ToList();
        Assert.Equal(["Subject: Two-step sign-in was turned off", "Subject: Two-step sign-in was turned on", "Subject: Verify your email address"], subjects);
    }
}
