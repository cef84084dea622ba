using System.Net;
using Auth.Api.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Auth.Api.Tests.Security;

/// <summary>Faults in the middle of a command leave nothing half-written, and the same request works once the fault is gone.</summary>
public sealed class FaultTests : ApiTestBase
{
    private const string Email = "faulty@example.com";

    private readonly CapturingLoggerProvider _logs = new();

    public FaultTests()
        : base(new Dictionary<string, string?>
        {
            ["Email:Delivery:Attempts"] = "3",
            ["Email:Delivery:RetryDelay"] = "00:00:00.5",
            ["Email:Delivery:Dispatch"] = "false",
        })
    {
        // Only the host whose logs are read delivers mail: with two dispatchers on one outbox, either could.
        Api = Factory.CreateClientLoggingTo(_logs, new Dictionary<string, string?> { ["Email:Delivery:Dispatch"] = "true" });
    }

    private new ApiClient Api { get; }

    private new AuthFlows Flows => new(Api, Mailbox);

    [Fact]
    public async Task AFailureWhileSavingTheCode_LeavesNoUserBehind_AndSignUpWorksOnceTheFaultIsGone()
    {
        await Api.GetAsync("/health/ready");
        Execute("CREATE TRIGGER inject_fault BEFORE INSERT ON otps BEGIN SELECT RAISE(ABORT, 'injected fault'); END;");

        var failed = await Api.PostAsync("/api/v1/auth/sign-up", new { name = "Ada", email = Email, password = AuthFlows.Password });
        var usersAfterFault = Count("users");
        Execute("DROP TRIGGER inject_fault;");
        var retried = await Api.PostAsync("/api/v1/auth/sign-up", new { name = "Ada", email = Email, password = AuthFlows.Password });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Equal("service_unavailable", failed.Code);
        Assert.Equal(0, usersAfterFault);
        Assert.Equal(HttpStatusCode.Created, retried.Status);
        Assert.Single(Mailbox.MessagesTo(Email));
    }

    [Fact]
    public async Task AMailFailure_IsRetriedInTheBackground_AndTheCodeArrivesOnceMailIsBack()
    {
        await Flows.SignUpVerifiedAsync(Email);
        await BlockMailAsync();

        var sent = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var firstAttemptFailed = SpinWait.SpinUntil(() => _logs.Lines.Any(l => l.Contains("not delivered (attempt 1)", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        UnblockMail();
        var signIn = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code = Mailbox.LatestCode(Email, "Your sign-in code") });

        Assert.Equal(HttpStatusCode.Accepted, sent.Status);
        Assert.True(firstAttemptFailed);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
    }

    [Fact]
    public async Task MailLostForGood_IsListedForAdmins_AndLeavesTheFlowWorking_ANewCodeCanBeAskedForAfterTheCooldown()
    {
        var admin = (await Flows.SignedInAsync(AuthApiFactory.AdminEmail)).Get("accessToken");
        await Flows.SignUpVerifiedAsync(Email);
        await BlockMailAsync();

        var lost = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        Factory.WaitForMailDelivery();
        var undelivered = await Api.GetAsync("/api/v1/admin/mail/undelivered", admin);
        UnblockMail();
        var tooSoon = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var again = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var signIn = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code = Mailbox.LatestCode(Email, "Your sign-in code") });

        Assert.Equal(HttpStatusCode.Accepted, lost.Status);
        Assert.Contains(_logs.Lines, l => l.Contains("given up after 3 attempts", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, undelivered.Status);
        Assert.Contains("\"subject\":\"Your sign-in code\"", undelivered.Body, StringComparison.Ordinal);
        Assert.Contains("\"attempts\":3", undelivered.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Your code", undelivered.Body, StringComparison.Ordinal);
        Assert.Equal("otp_resend_cooldown", tooSoon.Code);
        Assert.Equal(HttpStatusCode.Accepted, again.Status);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
    }

    /// <summary>Puts a file where the pickup directory should be, so that every delivery fails.</summary>
    private async Task BlockMailAsync()
    {
        Directory.Move(Factory.MailDirectory, Factory.MailDirectory + ".moved");
        await File.WriteAllTextAsync(Factory.MailDirectory, "a file where the pickup directory should be");
    }

    private void UnblockMail()
    {
        File.Delete(Factory.MailDirectory);
        Directory.Move(Factory.MailDirectory + ".moved", Factory.MailDirectory);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Count(string from)
    {
        using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {from}";
        return (long)command.ExecuteScalar()!;
    }
}
