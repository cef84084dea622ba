using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Users;

/// <summary>
/// A sign-up proves nothing about the mailbox, so nothing that needs the mailbox is trusted before it is proved: not
/// the first-admin role, not the password a stranger chose. With <c>Auth:RequireVerifiedEmail=false</c>, the setting
/// under which an unproven account can sign in at all. On SQLite; <see cref="PostgresUnprovenSignUpTests"/> and
/// <see cref="MariaDbUnprovenSignUpTests"/> run the same tests on the servers.
/// </summary>
public class UnprovenSignUpTests : ApiTestBase
{
    private const string OwnersEmail = "owner@example.com";
    private const string StrangersPassword = "the stranger's own passphrase";

    public UnprovenSignUpTests()
        : this(null)
    {
    }

    private protected UnprovenSignUpTests(ServerDatabase? database)
        : base(database, new Dictionary<string, string?> { ["Auth:RequireVerifiedEmail"] = "false" })
    {
    }

    [SkippableFact]
    public async Task TheBootstrapAdminEmail_SignedUpByAStranger_IsNoAdmin_UntilTheMailboxOwnerProvesIt()
    {
        var signUp = await Flows.SignUpAsync(AuthApiFactory.AdminEmail, StrangersPassword);
        var squatter = await Flows.SignInAsync(AuthApiFactory.AdminEmail, StrangersPassword);
        var squattersAdminCall = await Api.GetAsync("/api/v1/admin/users", squatter.Get("accessToken"));

        var owner = await SignInWithAnEmailedCodeAsync(AuthApiFactory.AdminEmail);
        var ownersAdminCall = await Api.GetAsync("/api/v1/admin/users", owner.Get("accessToken"));

        Assert.Equal("user", signUp.Get("role"));
        Assert.Equal(HttpStatusCode.OK, squatter.Status);
        Assert.Equal(HttpStatusCode.Forbidden, squattersAdminCall.Status);
        Assert.Equal("admin", owner.Get("user.role"));
        Assert.Equal(HttpStatusCode.OK, ownersAdminCall.Status);
    }

    [SkippableFact]
    public async Task VerifyingTheBootstrapAdminEmail_MakesItAdmin()
    {
        var signUp = await Flows.SignUpAsync(AuthApiFactory.AdminEmail);
        var code = Mailbox.LatestCode(AuthApiFactory.AdminEmail, "Verify your email");
        var verified = await Api.PostAsync("/api/v1/auth/email/verify", new { email = AuthApiFactory.AdminEmail, code });

        Assert.Equal("user", signUp.Get("role"));
        Assert.Equal("admin", verified.Get("role"));
    }

    [SkippableFact]
    public async Task AStrangersPassword_IsDiscarded_WhenTheOwnerFirstSignsInWithAnEmailedCode()
    {
        await Flows.SignUpAsync(OwnersEmail, StrangersPassword);
        var stranger = await Flows.SignInAsync(OwnersEmail, StrangersPassword);

        var owner = await SignInWithAnEmailedCodeAsync(OwnersEmail);
        var strangersPasswordAfter = await Flows.SignInAsync(OwnersEmail, StrangersPassword);
        var strangersRefresh = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = stranger.Get("refreshToken") });

        Assert.Equal(HttpStatusCode.OK, stranger.Status);
        Assert.Equal(HttpStatusCode.OK, owner.Status);
        Assert.Equal("invalid_credentials", strangersPasswordAfter.Code);
        Assert.Equal("refresh_token_invalid", strangersRefresh.Code);
        Assert.Contains(Mailbox.MessagesTo(OwnersEmail), m => m.Contains("Subject: A password someone else set was removed", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AfterTheDiscard_TheOwnerSetsTheirOwnPasswordWithForgotAndReset()
    {
        await Flows.SignUpAsync(OwnersEmail, StrangersPassword);
        await SignInWithAnEmailedCodeAsync(OwnersEmail);

        await Api.PostAsync("/api/v1/auth/password/forgot", new { email = OwnersEmail });
        var code = Mailbox.LatestCode(OwnersEmail, "Reset your password");
        var reset = await Api.PostAsync("/api/v1/auth/password/reset", new { email = OwnersEmail, code, newPassword = "the owner's own passphrase" });
        var signIn = await Flows.SignInAsync(OwnersEmail, "the owner's own passphrase");

        Assert.Equal(HttpStatusCode.NoContent, reset.Status);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
    }

    private async Task<ApiResponse> SignInWithAnEmailedCodeAsync(string email)
    {
        await Api.PostAsync("/api/v1/auth/otp/send", new { email, type = "signin" });
        var code = Mailbox.LatestCode(email, "Your sign-in code");
        var signIn = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email, code });
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        return signIn;
    }
}
