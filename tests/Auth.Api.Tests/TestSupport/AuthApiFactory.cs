using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
            database.CreateAsync().GetAwaiter().GetResult();
            _database = database;
            foreach (var (key, value) in database.Settings) _settings[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public const string AdminEmail = "admin@example.com";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public string MailDirectory => Path.Combine(_root, "mail");

    /// <summary>The SQLite file, unless the settings named another database.</summary>
    public string DatabasePath => Path.Combine(_root, "auth.db");

    public Mailbox Mailbox => new(MailDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _database?.DropAsync().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
