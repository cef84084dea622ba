using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Users;

/// <summary>On SQLite; <see cref="PostgresLockoutFlowTests"/> and <see cref="MariaDbLockoutFlowTests"/> run the same tests on the servers.</summary>
public class LockoutFlowTests : ApiTestBase
{
    private const string Email = "locked@example.com";

    public LockoutFlowTests()
        : this(null)
    {
    }

    private protected LockoutFlowTests(ServerDatabase? database)
        : base(database)
    {
    }

    [SkippableFact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountFor24Hours_EvenAgainstTheRightPassword()
    {
        await Flows.SignUpVerifiedAsync(Email);

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 5; i++) answers.Add(await Flows.SignInAsync(Email, "wrong password " + i));
        var rightPassword = await Flows.SignInAsync(Email);

        Assert.All(answers.Take(4), a => Assert.Equal("invalid_credentials", a.Code));
        Assert.Equal(HttpStatusCode.Locked, answers[4].Status);
        Assert.Equal("account_locked", rightPassword.Code);
        Assert.Equal(Factory.Clock.GetUtcNow().AddHours(24), DateTimeOffset.Parse(rightPassword.Get("lockedUntil"), null));
    }

    [SkippableFact]
    public async Task SignIn_AfterTheLockExpires_WorksAgain()
    {
        await Flows.SignUpVerifiedAsync(Email);
        for (var i = 0; i < 5; i++) await Flows.SignInAsync(Email, "wrong password " + i);

        Factory.Clock.Advance(TimeSpan.FromHours(24));
        var response = await Flows.SignInAsync(Email);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [SkippableFact]
    public async Task ResetPassword_ClearsTheLock()
    {
        await Flows.SignUpVerifiedAsync(Email);
        for (var i = 0; i < 5; i++) await Flows.SignInAsync(Email, "wrong password " + i);

        await Api.PostAsync("/api/v1/auth/password/forgot", new { email = Email });
        var code = Mailbox.LatestCode(Email, "Reset your password");
        var reset = await Api.PostAsync("/api/v1/auth/password/reset", new { email = Email, code, newPassword = "a brand new passphrase" });
        var signIn = await Flows.SignInAsync(Email, "a brand new passphrase");

        Assert.Equal(HttpStatusCode.NoContent, reset.Status);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
    }

    [SkippableFact]
    public async Task SignIn_OnADeletedAccount_WrongPasswordsCountAndLock_SoTheRightOneNoLongerSaysDeleted()
    {
        var tokens = await Flows.SignedInAsync(Email);
        await Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me", new { password = AuthFlows.Password }, tokens.Get("accessToken"));

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 5; i++) answers.Add(await Flows.SignInAsync(Email, "wrong password " + i));
        var rightPassword = await Flows.SignInAsync(Email);
        var reactivate = await Api.PostAsync("/api/v1/auth/reactivate", new { email = Email, password = AuthFlows.Password });

        Assert.All(answers.Take(4), a => Assert.Equal("invalid_credentials", a.Code));
        Assert.Equal("account_locked", answers[4].Code);
        Assert.Equal(HttpStatusCode.Locked, rightPassword.Status);
        Assert.Null(rightPassword.Select("reactivateAvailableAt"));
        Assert.Equal("account_locked", reactivate.Code);
    }
}
