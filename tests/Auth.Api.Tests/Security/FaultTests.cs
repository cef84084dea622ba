using System.Net;
using Auth.Api.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Auth.Api.Tests.Security;

/// <summary>Faults in the middle of a command leave nothing half-written, and the same request works once the fault is gone.</summary>
public sealed class FaultTests : ApiTestBase
{
    private const string Email = "faulty@example.com";

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
    }

    [Fact]
    public async Task AMailFailure_Answers503_StoresNoCode_AndTheResendWorksAtOnceWhenMailIsBack()
    {
        await Flows.SignUpVerifiedAsync(Email);
        var blocked = Factory.MailDirectory + ".moved";
        Directory.Move(Factory.MailDirectory, blocked);
        await File.WriteAllTextAsync(Factory.MailDirectory, "a file where the pickup directory should be");

        var failed = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var codesAfterFailure = Count("otps WHERE type = 'signin'");
        File.Delete(Factory.MailDirectory);
        Directory.Move(blocked, Factory.MailDirectory);
        var retried = await Api.PostAsync("/api/v1/auth/otp/send", new { email = Email, type = "signin" });
        var signIn = await Api.PostAsync("/api/v1/auth/sign-in/otp", new { email = Email, code = Mailbox.LatestCode(Email, "Your sign-in code") });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Equal(0, codesAfterFailure);
        Assert.Equal(HttpStatusCode.Accepted, retried.Status);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
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
