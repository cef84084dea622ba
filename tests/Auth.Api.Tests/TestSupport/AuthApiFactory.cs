using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Auth.Api.Tests.TestSupport.OpenApi;
using Auth.Infrastructure.Email.Outbox;
using Auth.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Api.Tests.TestSupport;

/// <summary>
/// The real service over HTTP, on a fresh database and pickup mail folder per instance, with a fake clock
/// and cheap Argon2 parameters (the production ones are covered by the infrastructure tests). The database is a
/// SQLite file unless a <see cref="ServerDatabase"/> (PostgreSQL, MySQL/MariaDB) is given: the factory creates it
/// and drops it when disposed. Settings override everything, the provider and connection string included.
/// </summary>
public sealed class AuthApiFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "auth-api-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly ServerDatabase? _database;
    private readonly ConcurrentBag<IHost> _hosts = [];
    private readonly AnswerRecorder _answers = new();
    private bool _disposing;

    public AuthApiFactory(IDictionary<string, string?>? settings = null)
        : this(null, settings)
    {
    }

    internal AuthApiFactory(ServerDatabase? database, IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(_root);
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Auth"] = $"Data Source={DatabasePath}",
            ["Email:Provider"] = "Pickup",
            ["Email:PickupDirectory"] = MailDirectory,
            ["RateLimiting:Enabled"] = "false",
            ["Auth:PasswordHashing:MemoryKiB"] = "1024",
            ["Auth:PasswordHashing:Iterations"] = "1",
            ["Auth:Bootstrap:AdminEmail"] = AdminEmail,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (database is not null)
        {
            Skip.If(database.MissingServer is not null, database.MissingServer);
            database.CreateAsync().GetAwaiter().GetResult();
            _database = database;
            foreach (var (key, value) in database.Settings) _settings[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public const string AdminEmail = "admin@example.com";

    /// <summary>The service's clock: the real current time unless a test sets another start.</summary>
    public FakeTimeProvider Clock { get; init; } = TestClock.StartingNow();

    public string MailDirectory => Path.Combine(_root, "mail");

    /// <summary>The SQLite file, unless the settings named another database.</summary>
    public string DatabasePath => Path.Combine(_root, "auth.db");

    public Mailbox Mailbox => new(MailDirectory, WaitForMailDelivery);

    /// <summary>The settings that point another instance at this one's database (it neither creates nor drops it).</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = _settings["Database:Provider"],
        ["ConnectionStrings:Auth"] = _settings["ConnectionStrings:Auth"],
    };

    /// <summary>
    /// Blocks until the service has delivered (or given up) every mail stored in its outbox so far, in this factory's host and
    /// in those of the factories <see cref="WebApplicationFactory{TEntryPoint}.WithWebHostBuilder"/> made from it.
    /// </summary>
    public void WaitForMailDelivery()
    {
        foreach (var host in _hosts)
        {
            IServiceScope scope;
            try
            {
                scope = host.Services.CreateScope();
            }
            catch (ObjectDisposedException)
            {
                continue;
            }

            using (scope)
            {
                var outbox = scope.ServiceProvider.GetRequiredService<IMailOutboxStore>();
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
                while (outbox.GetBacklogAsync(CancellationToken.None).GetAwaiter().GetResult().Count > 0)
                {
                    if (DateTime.UtcNow > deadline) throw new TimeoutException("The service's mail outbox did not empty within 30 s.");
                    Thread.Sleep(10);
                }
            }
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        _hosts.Add(host);
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter>(_answers);
            services.AddSingleton<IStartupFilter, ClientIpFromTestHeader>();
        });
    }

    /// <summary>A client whose requests come from <paramref name="ip"/> (the test server has no remote address of its own).</summary>
    public ApiClient CreateClientFrom(string ip)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ClientIpFromTestHeader.HeaderName, ip);
        return new ApiClient(client);
    }

    /// <summary>A client of a host that also writes every log line to <paramref name="logs"/>.</summary>
    public ApiClient CreateClientLoggingTo(ILoggerProvider logs, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
            builder.ConfigureServices(services => services.AddSingleton(logs));
        }).CreateClient());

    /// <summary>
    /// Every answer this factory's hosts gave that the service's OpenAPI document does not describe. Checked when the
    /// factory ends, so any test that meets an undocumented status or body fails.
    /// </summary>
    public IReadOnlyList<string> UndocumentedAnswers()
    {
        if (_answers.Answers.Count == 0) return [];
        using var client = CreateClient();
        var document = JsonNode.Parse(client.GetStringAsync("/openapi/v1.json").GetAwaiter().GetResult())!;
        var conformance = new OpenApiConformance(document);
        return _answers.Answers.SelectMany(conformance.Violations).Distinct().ToList();
    }

    protected override void Dispose(bool disposing)
    {
        // The base disposes the hosts and then calls this again; the answers are checked once, while the hosts still run.
        if (!disposing || _disposing)
        {
            base.Dispose(disposing);
            return;
        }

        _disposing = true;
        var undocumented = UndocumentedAnswers();
        base.Dispose(disposing);
        _database?.DropAsync().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        if (undocumented.Count > 0)
            Assert.Fail($"The service answered what its OpenAPI document does not describe:\n{string.Join("\n", undocumented)}");
    }
}

/// <summary>Test only: sets the connection's remote address from <see cref="HeaderName"/>, before anything else runs.</summary>
internal sealed class ClientIpFromTestHeader : IStartupFilter
{
    public const string HeaderName = "X-Test-Client-Ip";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.TryGetValue(HeaderName, out var ip)) context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
            return following(context);
        });
        next(app);
    };
}
