using System.Net;
using Auth.Api.Tests.TestSupport;
using MySqlConnector;
using Npgsql;

namespace Auth.Api.Tests.Health;

/// <summary>
/// The database server goes away under a running service and comes back: readiness and API calls answer 503
/// problem details meanwhile, and the same process works again once it is back, without a restart. The service
/// talks to its database through a <see cref="TcpProxy"/>, so the shared test server is never touched.
/// <see cref="PostgresDatabaseOutageTests"/> and <see cref="MariaDbDatabaseOutageTests"/> run it; SQLite's
/// equivalent is <see cref="ReadinessTests"/>.
/// </summary>
public abstract class DatabaseOutageTests : IDisposable
{
    private const string Email = "outage@example.com";

    private readonly TcpProxy _proxy;
    private readonly AuthApiFactory _factory;
    private readonly ApiClient _api;

    private protected DatabaseOutageTests(ServerDatabase database)
    {
        Skip.If(database.MissingServer is not null, database.MissingServer);
        var direct = database.ConnectionString;
        string proxied;
        if (database.Provider == "Postgres")
        {
            var builder = new NpgsqlConnectionStringBuilder(direct);
            _proxy = new TcpProxy(builder.Host!, builder.Port);
            builder.Host = "127.0.0.1";
            builder.Port = _proxy.Port;
            builder.Timeout = 3;
            builder.CommandTimeout = 5;
            proxied = builder.ConnectionString;
        }
        else
        {
            var builder = new MySqlConnectionStringBuilder(direct);
            _proxy = new TcpProxy(builder.Server, (int)builder.Port);
            builder.Server = "127.0.0.1";
            builder.Port = (uint)_proxy.Port;
            builder.ConnectionTimeout = 3;
            builder.DefaultCommandTimeout = 5;
            proxied = builder.ConnectionString;
        }

        _factory = new AuthApiFactory(database, new Dictionary<string, string?> { ["ConnectionStrings:Auth"] = proxied });
        _api = new ApiClient(_factory.CreateClient());
    }

    [SkippableFact]
    public async Task WhileTheDatabaseIsDown_ReadinessAndApiCallsAnswer503_AndTheSameProcessRecoversWhenItIsBack()
    {
        await new AuthFlows(_api, _factory.Mailbox).SignUpVerifiedAsync(Email);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("/health/ready")).Status);

        _proxy.Cut();
        var readyDown = await _api.GetAsync("/health/ready");
        var liveDown = await _api.GetAsync("/health/live");
        var signInDown = await SignInAsync();
        var signUpDown = await _api.PostAsync("/api/v1/auth/sign-up", new { name = "Other", email = "other@example.com", password = AuthFlows.Password });

        _proxy.Restore();
        var readyBack = await _api.GetAsync("/health/ready");
        var signInBack = await SignInAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDown.Status);
        Assert.Equal(HttpStatusCode.OK, liveDown.Status);
        foreach (var down in new[] { signInDown, signUpDown })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
            Assert.Equal("application/problem+json", down.ContentType);
            Assert.Equal("service_unavailable", down.Code);
        }

        Assert.Equal(HttpStatusCode.OK, readyBack.Status);
        Assert.Equal(HttpStatusCode.OK, signInBack.Status);
    }

    public void Dispose()
    {
        _proxy.Restore();
        _factory.Dispose();
        _proxy.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<ApiResponse> SignInAsync() => _api.PostAsync("/api/v1/auth/sign-in", new { email = Email, password = AuthFlows.Password });
}

/// <summary>The <see cref="DatabaseOutageTests"/> on PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresDatabaseOutageTests() : DatabaseOutageTests(ServerDatabase.OnPostgres());

/// <summary>The <see cref="DatabaseOutageTests"/> on MySQL/MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbDatabaseOutageTests() : DatabaseOutageTests(ServerDatabase.OnMySql());
