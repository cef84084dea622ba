using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Users;

/// <summary>On SQLite; <see cref="PostgresCodeSignInFlowTests"/> and <see cref="MariaDbCodeSignInFlowTests"/> run the same tests on the servers.</summary>
public class CodeSignInFlowTests : ApiTestBase
{
    public CodeSignInFlowTests()
        : this(null)
    {
    }

    private protected CodeSignInFlowTests(ServerDatabase? database)
        : base(database)
    {
    }

    private const string Email = "codes@example.com";

    [SkippableFact]
    public async Task PasswordlessSignIn_WithAnEmailedCode_ReturnsTokens_AndTheCodeWorksOnce()
    {
        await Flows.SignUpVerifiedAsync(Email);

        var sent = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var code = Mailbox.LatestCode(Email, "Your sign-in code");
        var signIn = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code });
        var again = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code });

        Assert.Equal(HttpStatusCode.Accepted, sent.Status);
        Assert.Equal(Factory.Clock.GetUtcNow().AddMinutes(1), DateTimeOffset.Parse(sent.Get("nextResendAllowedAt"), null));
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        Assert.Equal("otp_invalid", again.Code);
    }

    [SkippableFact]
    public async Task SendOtp_ForAnUnknownEmail_Answers202Too_ButMailsNothing()
    {
        var response = await Api.PostAsync("/api/v1/auth/otp/send", new { email = "ghost@example.com", type = "signin" });

        Assert.Equal(HttpStatusCode.Accepted, response.Status);
        Assert.Empty(Mailbox.MessagesTo("ghost@example.com"));
    }

    [SkippableFact]
    public async Task SendOtp_TwiceWithinAMinute_Returns429WithRetryAfter()
    {
        await Flows.SignUpVerifiedAsync(Email);
        await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });

        Factory.Clock.Advance(TimeSpan.FromSeconds(20));
        var again = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });

        Assert.Equal(HttpStatusCode.TooManyRequests, again.Status);
        Assert.Equal("otp_resend_cooldown", again.Code);
        Assert.Equal(TimeSpan.FromSeconds(40), again.Headers.RetryAfter?.Delta);
    }

    [SkippableFact]
    public async Task OtpSignIn_AfterFiveWrongCodes_RefusesEvenTheRightOne()
    {
        await Flows.SignUpVerifiedAsync(Email);
        await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var code = Mailbox.LatestCode(Email, "Your sign-in code");
        var wrong = code == "000000" ? "111111" : "000000";

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 5; i++) answers.Add(await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code = wrong }));
        var right = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code });

        Assert.All(answers.Take(4), a => Assert.Equal("otp_invalid", a.Code));
        Assert.Equal("otp_attempts_exceeded", answers[4].Code);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.Status);
        Assert.Equal("otp_attempts_exceeded", right.Code);
    }

    [SkippableFact]
    public async Task TwoFactorSignIn_TheRightPasswordAsksForACode_ThenTheCodeSignsIn()
    {
        var tokens = await Flows.SignedInAsync(Email);
        var enabled = await Api.SendAsync(HttpMethod.Put, "/api/v1/users/me/two-factor", new { enabled = true }, tokens.Get("accessToken"));

        var firstStep = await Flows.SignInAsync(Email);
        var code = Mailbox.LatestCode(Email, "Your sign-in code");
        var secondStep = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code });

        Assert.Equal("true", enabled.Get("twoFactorEnabled"));
        Assert.Equal(HttpStatusCode.Accepted, firstStep.Status);
        Assert.Equal("true", firstStep.Get("twoFactorRequired"));
        Assert.Null(firstStep.Select("accessToken"));
        Assert.Equal(HttpStatusCode.OK, secondStep.Status);
    }

    [SkippableFact]
    public async Task TwoFactorSignIn_ACodeRequestedByEmailAloneMeanwhile_DoesNotKillThePendingCode()
    {
        var tokens = await Flows.SignedInAsync(Email);
        await Api.SendAsync(HttpMethod.Put, "/api/v1/users/me/two-factor", new { enabled = true }, tokens.Get("accessToken"));
        await Flows.SignInAsync(Email);
        var code = Mailbox.LatestCode(Email, "Your sign-in code");
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));

        var strangersRequest = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var secondStep = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code });

        Assert.Equal(HttpStatusCode.Accepted, strangersRequest.Status);
        Assert.Equal(HttpStatusCode.OK, secondStep.Status);
    }

    [SkippableFact]
    public async Task ChangePassword_NeedsTheCurrentPasswordAndAnEmailedCode_AndEndsOtherSessions()
    {
        var current = await Flows.SignedInAsync(Email);
        var other = await Flows.SignInAsync(Email);
        var bearer = current.Get("accessToken");

        var requested = await Api.PostAsync("/api/v1/auth/password/change/request", bearer: bearer);
        var code = Mailbox.LatestCode(Email, "Confirm your password change");
        var wrongCurrent = await Api.PostAsync("/api/v1/auth/password/change",
            new { currentPassword = "not my password", newPassword = "another long passphrase", code }, bearer);
        var changed = await Api.PostAsync("/api/v1/auth/password/change",
            new { currentPassword = AuthFlows.Password, newPassword = "another long passphrase", code }, bearer);

        Assert.Equal(HttpStatusCode.Accepted, requested.Status);
        Assert.Equal("invalid_credentials", wrongCurrent.Code);
        Assert.Equal(HttpStatusCode.NoContent, changed.Status);
        Assert.Equal("refresh_token_invalid", (await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = other.Get("refreshToken") })).Code);
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = current.Get("refreshToken") })).Status);
        Assert.Equal(HttpStatusCode.OK, (await Flows.SignInAsync(Email, "another long passphrase")).Status);
    }

    [SkippableFact]
    public async Task ForgotPassword_AnswersTheSameForUnknownEmails()
    {
        await Flows.SignUpVerifiedAsync(Email);

        var known = await Api.PostAsync("/api/v1/auth/password/forgot", new { email = Email });
        var unknown = await Api.PostAsync("/api/v1/auth/password/forgot", new { email = "ghost@example.com" });

        Assert.Equal(HttpStatusCode.Accepted, known.Status);
        Assert.Equal(known.Status, unknown.Status);
        Assert.Equal(known.Body, unknown.Body);
        Assert.Single(Mailbox.MessagesTo(Email), m => m.Contains("Reset your password", StringComparison.Ordinal));
    }
}
