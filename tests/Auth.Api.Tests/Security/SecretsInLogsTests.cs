using System.Security.Cryptography;
using System.Text;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

/// <summary>A full flow at the most verbose log level, then a search of every log line for every secret it used.</summary>
public sealed class SecretsInLogsTests : ApiTestBase
{
    private readonly CapturingLoggerProvider _logs = new();

    public SecretsInLogsTests() : base(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" })
    {
    }

    [Fact]
    public async Task NoPasswordCodeTokenOrHash_EverReachesALogLine()
    {
        var api = Factory.CreateClientLoggingTo(_logs);
        var flows = new AuthFlows(api, Mailbox);
        const string email = "secretive@example.com";
        const string newPassword = "an entirely new passphrase";
        var secrets = new List<string> { AuthFlows.Password, newPassword };

        await flows.SignUpAsync(email);
        var verifyCode = Mailbox.LatestCode(email, "Verify your email");
        secrets.Add(verifyCode);
        await api.PostAsync("/api/v1/auth/email/verify", new { email, code = verifyCode });
        var signIn = await flows.SignInAsync(email);
        var refreshed = await api.PostAsync("/api/v1/auth/refresh", new { refreshToken = signIn.Get("refreshToken") });
        await api.PostAsync("/api/v1/auth/refresh", new { refreshToken = signIn.Get("refreshToken") });
        var session = await flows.SignInAsync(email, mode: "session");
        await api.GetAsync("/api/v1/users/me", session.Get("sessionToken"));
        await api.PostAsync("/api/v1/auth/password/forgot", new { email });
        var resetCode = Mailbox.LatestCode(email, "Reset your password");
        secrets.Add(resetCode);
        await api.PostAsync("/api/v1/auth/password/reset", new { email, code = resetCode, newPassword });
        await flows.SignInAsync(email, "wrong password guess");

        foreach (var token in new[] { signIn.Get("accessToken"), signIn.Get("refreshToken"), refreshed.Get("refreshToken"), session.Get("sessionToken") })
        {
            secrets.Add(token);
            secrets.Add(Sha256Hex(token));
        }

        secrets.Add(signIn.Get("accessToken").Split('.')[2]);

        Assert.Contains(_logs.Lines, line => line.Contains("SignInCommand failed with invalid_credentials", StringComparison.Ordinal));
        foreach (var secret in secrets)
            Assert.DoesNotContain(_logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("$argon2id$", StringComparison.Ordinal));
    }

    private static string Sha256Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
