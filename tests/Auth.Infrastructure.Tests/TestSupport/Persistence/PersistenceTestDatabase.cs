using Auth.Domain.OneTimePasswords;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Auth.Infrastructure.Tests.TestSupport.Persistence;

/// <summary>
/// A fresh, empty database of one engine, wired through the real <see cref="PersistenceServiceCollectionExtensions.AddPersistence"/>.
/// A subclass per engine (SQLite, PostgreSQL, MariaDB; MongoDB later) only says how to create and drop the
/// database and which settings point at it; the contract suites do the rest.
/// </summary>
internal abstract class PersistenceTestDatabase : IAsyncDisposable
{
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Call InitializeAsync first.");

    /// <summary>Builds the services over a new empty database and, unless told otherwise, runs the start-up migrator.</summary>
    public async Task InitializeAsync(
        TimeProvider clock, bool migrate = true, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>(await CreateEmptyDatabaseAsync());
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>()) settings[key] = value;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddPersistence(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        if (migrate) await RunStartupMigratorAsync();
    }

    /// <summary>Runs the start-up path the host runs: every lifecycle service's StartingAsync, in registration order.</summary>
    public async Task RunStartupMigratorAsync()
    {
        foreach (var hosted in Services.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }
    }

    public TestScope CreateScope() => new(Services.CreateAsyncScope());

    /// <summary>
    /// A back door for checks the ports cannot express (the ports only find the latest code). EF engines share
    /// this implementation; a MongoDB database overrides it.
    /// </summary>
    public virtual async Task<Otp?> FindOtpAsync(TestScope scope, OtpId id) =>
        await scope.Services.GetRequiredService<AuthDbContext>().Otps.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);

    /// <summary>
    /// Runs one SQL statement on the context's own connection and returns the first column of the first row: for
    /// checks of what the engine really stored, below the ports. EF engines only.
    /// </summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var scope = CreateScope();
        return await ScalarAsync(scope.Services.GetRequiredService<AuthDbContext>(), sql);
    }

    /// <summary>The same on a given context's connection, for checks of that connection's own state.</summary>
    public static async Task<object?> ScalarAsync(AuthDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    /// <summary>How many <see cref="DateTimeOffset"/> properties the EF model maps: one time column each.</summary>
    public int TimePropertyCount()
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AuthDbContext>().Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Count(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?));
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        await DropDatabaseAsync();
    }

    /// <summary>Creates an empty database and returns the settings (Database:Provider, ConnectionStrings:Auth) for it.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> CreateEmptyDatabaseAsync();

    protected abstract Task DropDatabaseAsync();
}
