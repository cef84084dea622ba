using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

/// <summary>
/// Rules that must hold when requests race: no lost updates, no double spending. On SQLite;
/// <see cref="PostgresRaceTests"/> and <see cref="MariaDbRaceTests"/> run the same tests on the servers.
/// </summary>
public class RaceTests : ApiTestBase
{
    private const string Email = "racer@example.com";
    private const int Racers = 8;

    public RaceTests()
        : this(null)
    {
    }

    private protected RaceTests(ServerDatabase? database)
        : base(database)
    {
    }

    [SkippableFact]
    public async Task ConcurrentRefreshesOfOneToken_ExactlyOneWins()
    {
        var signIn = await Flows.SignedInAsync(Email);
        var token = signIn.Get("refreshToken");

        var answers = await Task.WhenAll(Enumerable.Range(0, Racers)
            .Select(_ => Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = token })));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
    }

    [SkippableFact]
    public async Task ConcurrentWrongPasswords_AreAllCounted_AndTheLockEngagesAtTheLimit()
    {
        await Flows.SignUpVerifiedAsync(Email);

        var answers = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => Flows.SignInAsync(Email, "wrong password " + i)));
        var afterwards = await Flows.SignInAsync(Email);

        Assert.All(answers, a => Assert.Contains(a.Code, new[] { "invalid_credentials", "account_locked" }));
        Assert.Equal(4, answers.Count(a => a.Code == "invalid_credentials"));
        Assert.Equal("account_locked", afterwards.Code);
    }

    [SkippableFact]
    public async Task ConcurrentCodeGuesses_NeverExceedTheAttemptCap()
    {
        await Flows.SignUpVerifiedAsync(Email);
        await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var code = Mailbox.LatestCode(Email, "Your sign-in code");
        var wrong = code == "000000" ? "111111" : "000000";

        var answers = await Task.WhenAll(Enumerable.Range(0, Racers * 2)
            .Select(_ => Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code = wrong })));
        var right = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code });

        Assert.Equal(4, answers.Count(a => a.Code == "otp_invalid"));
        Assert.All(answers.Where(a => a.Code != "otp_invalid"), a => Assert.Equal("otp_attempts_exceeded", a.Code));
        Assert.Equal("otp_attempts_exceeded", right.Code);
    }

    [SkippableFact]
    public async Task ConcurrentSignUpsOfOneEmail_CreateOneAccount()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, Racers)
            .Select(_ => Api.PostAsync("/api/v1/auth/sign-up", new { name = "Twin", email = Email, password = AuthFlows.Password })));

        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Created), a => Assert.Equal("email_taken", a.Code));
    }

    [SkippableFact]
    public async Task ParallelRequestsWithOneSessionToken_AfterAnIdleMinute_AreAllAuthenticated()
    {
        await Flows.SignUpVerifiedAsync(Email);
        var token = (await Flows.SignInAsync(Email, mode: "session")).Get("sessionToken");

        for (var round = 0; round < 3; round++)
        {
            Factory.Clock.Advance(TimeSpan.FromSeconds(65));
            var answers = await Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => Api.GetAsync("/api/v1/users/me", token)));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        }
    }

    [SkippableFact]
    public async Task ParallelSignInsWithTheRightPassword_AllSucceed_AfterFailuresTheyReset()
    {
        await Flows.SignUpVerifiedAsync(Email);
        Factory.Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 2; i++) await Flows.SignInAsync(Email, "wrong password " + i);
            var answers = await Task.WhenAll(Enumerable.Range(0, Racers * 4).Select(_ => Flows.SignInAsync(Email)));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        }
    }
}
