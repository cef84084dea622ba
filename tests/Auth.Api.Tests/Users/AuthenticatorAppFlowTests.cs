using System.Net;
using Auth.Api.Tests.TestSupport;
using OtpNet;

namespace Auth.Api.Tests.Users;

/// <summary>
/// The authenticator app as a person uses it: codes are computed from the secret the way an app does. On SQLite;
/// <see cref="PostgresAuthenticatorAppFlowTests"/> and <see cref="MariaDbAuthenticatorAppFlowTests"/> run the same
/// tests on the servers.
/// </summary>
public class AuthenticatorAppFlowTests : ApiTestBase
{
    private const string Email = "totp@example.com";
    private const int Racers = 20;

    public AuthenticatorAppFlowTests()
        : this(null)
    {
    }

    private protected AuthenticatorAppFlowTests(ServerDatabase? database)
        : base(database)
    {
    }

    [SkippableFact]
    public async Task Enrolment_ThenSignIn_AsksForTheAuthenticatorCode_AndTheCodeFinishesIt()
    {
        var (secret, recoveryCodes, accessToken) = await EnrolledAsync();

        var me = await Api.GetAsync("/api/v1/users/me", accessToken);
        var first = await Flows.SignInAsync(Email);
        NextStep();
        var second = await SecondStepAsync(first.Get("challenge"), "totp", CodeNow(secret));

        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal("true", me.Get("twoFactor.totp"), ignoreCase: true);
        Assert.Equal("10", me.Get("twoFactor.recoveryCodesLeft"));
        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal("true", first.Get("twoFactorRequired"), ignoreCase: true);
        Assert.Equal(["totp", "recovery"], first.Select("methods")!.AsArray().Select(m => m!.ToString()));
        Assert.Null(first.Select("accessToken"));
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.NotNull(second.Select("accessToken"));
        Assert.Contains(Mailbox.MessagesTo(Email), m => m.Contains("An authenticator app was set up", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AnAuthenticatorCode_IsNeverAcceptedTwice()
    {
        var (secret, _, _) = await EnrolledAsync();
        NextStep();
        var code = CodeNow(secret);
        var used = await SecondStepAsync((await Flows.SignInAsync(Email)).Get("challenge"), "totp", code);

        var replay = await SecondStepAsync((await Flows.SignInAsync(Email)).Get("challenge"), "totp", code);

        Assert.Equal(HttpStatusCode.OK, used.Status);
        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Equal("two_factor_invalid", replay.Code);
    }

    [SkippableFact]
    public async Task ARecoveryCode_WorksOnce_AndTheOwnerIsTold()
    {
        var (_, recoveryCodes, _) = await EnrolledAsync();

        var used = await SecondStepAsync((await Flows.SignInAsync(Email)).Get("challenge"), "recovery", recoveryCodes[3].ToUpperInvariant());
        var again = await SecondStepAsync((await Flows.SignInAsync(Email)).Get("challenge"), "recovery", recoveryCodes[3]);
        var me = await Api.GetAsync("/api/v1/users/me", used.Get("accessToken"));

        Assert.Equal(HttpStatusCode.OK, used.Status);
        Assert.Equal("two_factor_invalid", again.Code);
        Assert.Equal("9", me.Get("twoFactor.recoveryCodesLeft"));
        Assert.Contains(Mailbox.MessagesTo(Email), m => m.Contains("A recovery code was used", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task FiveWrongCodes_EndTheChallenge_EvenForTheRightCodeAfterwards()
    {
        var (secret, _, _) = await EnrolledAsync();
        var challenge = (await Flows.SignInAsync(Email)).Get("challenge");

        var wrong = new List<ApiResponse>();
        for (var i = 0; i < 5; i++) wrong.Add(await SecondStepAsync(challenge, "totp", "000000"));
        NextStep();
        var right = await SecondStepAsync(challenge, "totp", CodeNow(secret));

        Assert.All(wrong, w => Assert.Equal("two_factor_invalid", w.Code));
        Assert.Equal(HttpStatusCode.Unauthorized, right.Status);
        Assert.Equal("two_factor_challenge_invalid", right.Code);
        Assert.Contains(Mailbox.MessagesTo(Email), m => m.Contains("A sign-in was stopped at the second step", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AnUnknownChallenge_IsRefused()
    {
        await EnrolledAsync();

        var response = await SecondStepAsync("bm90LWEtcmVhbC1jaGFsbGVuZ2UtdmFsdWUtMTIzNDU2Nzg", "totp", "123456");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("two_factor_challenge_invalid", response.Code);
    }

    [SkippableFact]
    public async Task WithTheAuthenticatorOn_AnEmailedCodeIsOnlyTheFirstStep()
    {
        var (secret, _, _) = await EnrolledAsync();
        await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var emailed = Mailbox.LatestCode(Email, "Your sign-in code");

        var first = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code = emailed });
        var byEmail = await SecondStepAsync(first.Get("challenge"), "email", emailed);
        NextStep();
        var byApp = await SecondStepAsync(first.Get("challenge"), "totp", CodeNow(secret));

        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal(["totp", "recovery"], first.Select("methods")!.AsArray().Select(m => m!.ToString()));
        Assert.Equal("two_factor_invalid", byEmail.Code);
        Assert.Equal(HttpStatusCode.OK, byApp.Status);
    }

    [SkippableFact]
    public async Task TurningItOff_WithThePassword_SignsInInOneStepAgain_AndTheRecoveryCodesStopWorking()
    {
        var (_, recoveryCodes, accessToken) = await EnrolledAsync();

        var off = await Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me/two-factor/totp", new { password = AuthFlows.Password }, accessToken);
        var signIn = await Flows.SignInAsync(Email);
        var me = await Api.GetAsync("/api/v1/users/me", accessToken);

        Assert.Equal(HttpStatusCode.NoContent, off.Status);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        Assert.Equal("false", me.Get("twoFactor.totp"), ignoreCase: true);
        Assert.Equal("0", me.Get("twoFactor.recoveryCodesLeft"));
        Assert.NotEmpty(recoveryCodes);
        Assert.Contains(Mailbox.MessagesTo(Email), m => m.Contains("The authenticator app was turned off", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Enrolment_NeedsThePassword_AndAWrongConfirmationCodeLeavesItOff()
    {
        var tokens = await Flows.SignedInAsync(Email);
        var accessToken = tokens.Get("accessToken");

        var noPassword = await Api.PostAsync("/api/v1/users/me/two-factor/totp", new { password = "not the password" }, accessToken);
        var begun = await Api.PostAsync("/api/v1/users/me/two-factor/totp", new { password = AuthFlows.Password }, accessToken);
        var wrong = await Api.PostAsync("/api/v1/users/me/two-factor/totp/confirm", new { code = "000000" }, accessToken);
        var signIn = await Flows.SignInAsync(Email);

        Assert.Equal(HttpStatusCode.Unauthorized, noPassword.Status);
        Assert.Equal(HttpStatusCode.OK, begun.Status);
        Assert.StartsWith("otpauth://totp/", begun.Get("otpauthUri"), StringComparison.Ordinal);
        Assert.Contains("<svg", begun.Get("qrSvg"), StringComparison.Ordinal);
        Assert.Equal("two_factor_invalid", wrong.Code);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
    }

    [SkippableFact]
    public async Task RegeneratedRecoveryCodes_ReplaceTheOldOnes()
    {
        var (secret, oldCodes, accessToken) = await EnrolledAsync();
        NextStep();

        var regenerated = await Api.PostAsync("/api/v1/users/me/two-factor/recovery-codes", new { code = CodeNow(secret) }, accessToken);
        var withOld = await SecondStepAsync((await Flows.SignInAsync(Email)).Get("challenge"), "recovery", oldCodes[0]);
        var newCode = regenerated.Select("recoveryCodes")!.AsArray()[0]!.ToString();
        var withNew = await SecondStepAsync((await Flows.SignInAsync(Email)).Get("challenge"), "recovery", newCode);

        Assert.Equal(HttpStatusCode.OK, regenerated.Status);
        Assert.Equal("two_factor_invalid", withOld.Code);
        Assert.Equal(HttpStatusCode.OK, withNew.Status);
    }

    [SkippableFact]
    public async Task RacingSecondSteps_WithTheSameValidCode_SignInExactlyOnce()
    {
        var (secret, _, _) = await EnrolledAsync();
        var challenge = (await Flows.SignInAsync(Email)).Get("challenge");
        NextStep();
        var code = CodeNow(secret);

        var answers = await Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => SecondStepAsync(challenge, "totp", code)));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task RacingUsesOfOneRecoveryCode_SignInExactlyOnce()
    {
        var (_, recoveryCodes, _) = await EnrolledAsync();
        var challenges = new List<string>();
        for (var i = 0; i < Racers; i++) challenges.Add((await Flows.SignInAsync(Email)).Get("challenge"));

        var answers = await Task.WhenAll(challenges.Select(c => SecondStepAsync(c, "recovery", recoveryCodes[0])));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal("two_factor_invalid", a.Code));
    }

    [SkippableFact]
    public async Task AnAdministrator_CanRemoveSomeonesSecondFactors_AndTheOwnerIsTold()
    {
        var (_, _, accessToken) = await EnrolledAsync();
        var userId = (await Api.GetAsync("/api/v1/users/me", accessToken)).Get("id");
        var admin = (await Flows.SignedInAsync(AuthApiFactory.AdminEmail)).Get("accessToken");

        var byUser = await Api.PostAsync($"/api/v1/admin/users/{userId}/two-factor/reset", null, accessToken);
        var byAdmin = await Api.PostAsync($"/api/v1/admin/users/{userId}/two-factor/reset", null, admin);
        var signIn = await Flows.SignInAsync(Email);

        Assert.Equal(HttpStatusCode.Forbidden, byUser.Status);
        Assert.Equal(HttpStatusCode.NoContent, byAdmin.Status);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        Assert.Contains(Mailbox.MessagesTo(Email), m => m.Contains("Your second sign-in steps were removed", StringComparison.Ordinal));
    }

    /// <summary>Signs up and in, turns the authenticator app on; returns its secret, the recovery codes and an access token.</summary>
    private async Task<(string Secret, IReadOnlyList<string> RecoveryCodes, string AccessToken)> EnrolledAsync()
    {
        var accessToken = (await Flows.SignedInAsync(Email)).Get("accessToken");
        var begun = await Api.PostAsync("/api/v1/users/me/two-factor/totp", new { password = AuthFlows.Password }, accessToken);
        Assert.Equal(HttpStatusCode.OK, begun.Status);
        var secret = begun.Get("secret");
        var confirmed = await Api.PostAsync("/api/v1/users/me/two-factor/totp/confirm", new { code = CodeNow(secret) }, accessToken);
        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        return (secret, confirmed.Select("recoveryCodes")!.AsArray().Select(c => c!.ToString()).ToList(), accessToken);
    }

    private string CodeNow(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(Factory.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A code of the step just used is refused (replay): move the service's clock to the next step.</summary>
    private void NextStep() => Factory.Clock.Advance(TimeSpan.FromSeconds(30));

    private Task<ApiResponse> SecondStepAsync(string challenge, string method, string code) =>
        Api.PostAsync("/api/v1/auth/sign-in/two-factor", new { challenge, method, code });
}
