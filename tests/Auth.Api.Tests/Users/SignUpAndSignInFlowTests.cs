using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Users;

/// <summary>On SQLite; <see cref="PostgresSignUpAndSignInFlowTests"/> and <see cref="MariaDbSignUpAndSignInFlowTests"/> run the same tests on the servers.</summary>
public class SignUpAndSignInFlowTests : ApiTestBase
{
    private const string Email = "ada@example.com";

    public SignUpAndSignInFlowTests()
        : this(null)
    {
    }

    private protected SignUpAndSignInFlowTests(ServerDatabase? database)
        : base(database)
    {
    }

    [SkippableFact]
    public async Task SignUp_ReturnsTheUserWithoutAnyHash_AndMailsAVerificationCode()
    {
        var response = await Flows.SignUpAsync("  Ada@Example.COM ");

        Assert.Equal(Email, response.Get("email"));
        Assert.Equal("user", response.Get("role"));
        Assert.Equal("local", response.Get("provider"));
        Assert.Equal("false", response.Get("isEmailVerified"));
        Assert.DoesNotContain("hash", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("password", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("^[0-9]{6}$", Mailbox.LatestCode(Email, "Verify your email"));
    }

    [SkippableFact]
    public async Task SignUp_WithATakenEmailInAnotherCase_Returns409EmailTaken()
    {
        await Flows.SignUpAsync(Email);

        var again = await Api.PostAsync("/api/v1/auth/sign-up", new { name = "Eve", email = "ADA@example.com", password = AuthFlows.Password });

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("email_taken", again.Code);
        Assert.Equal("application/problem+json", again.ContentType);
    }

    [SkippableFact]
    public async Task SignIn_BeforeVerifyingTheEmail_Returns403EmailNotVerified()
    {
        await Flows.SignUpAsync(Email);

        var response = await Flows.SignInAsync(Email);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("email_not_verified", response.Code);
    }

    [SkippableFact]
    public async Task VerifyEmail_WithAWrongCode_Returns400OtpInvalid_AndTheRightCodeStillWorks()
    {
        await Flows.SignUpAsync(Email);
        var code = Mailbox.LatestCode(Email, "Verify your email");
        var wrong = code == "000000" ? "111111" : "000000";

        var refused = await Api.PostAsync("/api/v1/auth/email/verify", new { email = Email, code = wrong });
        var accepted = await Api.PostAsync("/api/v1/auth/email/verify", new { email = Email, code });

        Assert.Equal("otp_invalid", refused.Code);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal("true", accepted.Get("isEmailVerified"));
    }

    [SkippableFact]
    public async Task SignIn_AfterVerification_ReturnsTheContractsTokenResponse()
    {
        var response = await Flows.SignedInAsync(Email);

        Assert.Equal("Bearer", response.Get("tokenType"));
        Assert.Equal("900", response.Get("expiresIn"));
        Assert.Equal(3, response.Get("accessToken").Split('.').Length);
        Assert.True(response.Get("refreshToken").Length >= 43);
        Assert.Equal(Email, response.Get("user.email"));
        Assert.True(Guid.TryParse(response.Get("sessionId"), out _));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [SkippableFact]
    public async Task SignIn_WithAnUnknownEmailOrAWrongPassword_GivesTheSameAnswer()
    {
        await Flows.SignUpVerifiedAsync(Email);

        var unknown = await Flows.SignInAsync("nobody@example.com");
        var wrong = await Flows.SignInAsync(Email, "not the password at all");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(unknown.Status, wrong.Status);
        Assert.Equal(unknown.Code, wrong.Code);
        Assert.Equal(unknown.Get("detail"), wrong.Get("detail"));
        Assert.Equal("invalid_credentials", wrong.Code);
    }

    [SkippableFact]
    public async Task GetMe_WithTheAccessToken_ReturnsTheUser_AndWithoutItReturns401()
    {
        var tokens = await Flows.SignedInAsync(Email);

        var me = await Api.GetAsync("/api/v1/users/me", tokens.Get("accessToken"));
        var anonymous = await Api.GetAsync("/api/v1/users/me");

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(Email, me.Get("email"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("unauthorized", anonymous.Code);
    }
}
