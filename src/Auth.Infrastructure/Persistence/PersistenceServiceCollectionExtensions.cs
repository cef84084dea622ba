using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.RateLimiting;
using Auth.Infrastructure.Accounts;
using Auth.Infrastructure.Audit;
using Auth.Infrastructure.Email.Outbox;
using Auth.Infrastructure.OneTimePasswords;
using Auth.Infrastructure.Persistence.Cleanup;
using Auth.Infrastructure.Persistence.MailOutbox;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.Infrastructure.Persistence.MySql;
using Auth.Infrastructure.Persistence.Postgres;
using Auth.Infrastructure.Persistence.Sqlite;
using Auth.Infrastructure.Persistence.Verifications;
using Auth.Infrastructure.RateLimiting;
using Auth.Infrastructure.Security.Keys;
using Auth.Infrastructure.Sessions;
using Auth.Infrastructure.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Auth.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database chosen by <c>Database:Provider</c> (default Sqlite; Postgres and MySql need
    /// <c>ConnectionStrings:Auth</c>; Mongo is registered by <c>AddMongoPersistence</c>). For the EF providers:
    /// the context (scoped, as its own type and as <see cref="AuthDbContext"/>),
    /// <see cref="IUnitOfWork"/>, the repositories, the database rate-limit store (keyed <see cref="RateLimitStoreKind.Database"/>), the mail outbox, the key material store, the start-up migrator, the expired-data
    /// clean-up service (<c>Database:Cleanup</c>) and the "database" health check tagged <c>ready</c>.
    /// The migrator is inserted before every hosted service registered so far and migrates in
    /// <c>StartingAsync</c>, so hosted services that read keys at start-up always find the schema in place.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(DatabaseOptions.SectionName);
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<DatabaseOptions>()
            .Bind(section)
            .Validate(
                o => o.Cleanup.IsValid,
                $"{DatabaseOptions.SectionName}:Cleanup: Interval must be positive (at most 49 days), Retention not negative " +
                "and BatchSize at least 1.")
            .ValidateOnStart();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                AddSqlite(services, string.IsNullOrWhiteSpace(connectionString)
                    ? DatabaseOptions.DefaultSqliteConnectionString
                    : connectionString);
                break;

            case DatabaseProvider.Postgres:
                var postgres = PostgresConnectionDefaults.Apply(RequireConnectionString(options.Provider, connectionString));
                // Pooled, like SQLite: a request leases a reset context instead of building one.
                services.AddDbContextPool<PostgresAuthDbContext>(db => db.UseNpgsql(postgres));
                services.AddSingleton<SingleStatementSave>();
                AddCoalescedReads(services);
                AddEntityFramework<PostgresAuthDbContext, PostgresRateLimitStore, SkipLockedMailOutboxStore>(services);
                break;

            case DatabaseProvider.MySql:
                var mySql = RequireConnectionString(options.Provider, connectionString);
                var serverVersion = new MySqlServerVersionSource(mySql, options.ServerVersion);
                services.AddDbContextPool<MySqlAuthDbContext>(db => db.UseMySql(mySql, serverVersion.Get()));
                AddCoalescedReads(services);
                AddEntityFramework<MySqlAuthDbContext, MySqlRateLimitStore, SkipLockedMailOutboxStore>(services);
                break;

            case DatabaseProvider.Mongo:
                services.AddMongoPersistence(configuration);
                break;

            default:
                throw new InvalidOperationException(
                    $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} is '{options.Provider}', which is not " +
                    $"a known provider. Set {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} to " +
                    $"'{DatabaseProvider.Sqlite}' (the default), '{DatabaseProvider.Postgres}', '{DatabaseProvider.MySql}' or " +
                    $"'{DatabaseProvider.Mongo}'.");
        }

        return services;
    }

    private static string RequireConnectionString(DatabaseProvider provider, string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} is '{provider}' but ConnectionStrings:" +
                $"{DatabaseOptions.ConnectionStringName} is not set (environment: {DatabaseOptions.ConnectionStringEnvironmentVariable}).")
            : connectionString;

    private static void AddSqlite(IServiceCollection services, string connectionString)
    {
        // The folder of the file is created once, when the first context is built, not at registration.
        var directory = new Lazy<bool>(() =>
        {
            SqliteDataSource.EnsureDirectory(connectionString);
            return true;
        });
        // Pooled: a request leases a reset context instead of building one (the context keeps no state of its own).
        services.AddDbContextPool<SqliteAuthDbContext>(db =>
        {
            _ = directory.Value;
            db.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSetup());
        });
        AddEntityFramework<SqliteAuthDbContext, SqliteRateLimitStore, SqliteMailOutboxStore>(services);
    }

    private static void AddEntityFramework<TContext, TRateLimitStore, TMailOutboxStore>(IServiceCollection services)
        where TContext : AuthDbContext
        where TRateLimitStore : class, IRateLimitStore
        where TMailOutboxStore : class, IMailOutboxStore
    {
        services.AddScoped<AuthDbContext>(provider => provider.GetRequiredService<TContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<ReadOnlyUserSnapshots>();
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IOtpRepository, OtpRepository>();
        services.AddScoped<ISessionRepository, SessionRepository>();
        services.AddScoped<ISignInChallengeRepository, SignInChallengeRepository>();
        services.AddScoped<IPasskeyRepository, PasskeyRepository>();
        services.AddScoped<IPasskeyChallengeRepository, PasskeyChallengeRepository>();
        services.AddScoped<IAccountRepository, AccountRepository>();
        services.AddScoped<IVerificationStore, VerificationStore>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddKeyedScoped<IRateLimitStore, TRateLimitStore>(RateLimitStoreKind.Database);
        services.AddScoped<IMailOutboxStore, TMailOutboxStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IKeyMaterialStore, KeyMaterialStore>();
        AddMigratorFirst(services);
        services.AddScoped<ExpiredDataCleaner>();
        services.AddHostedService<ExpiredDataCleanupService>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [DatabaseHealthCheck.ReadyTag]);
    }

    /// <summary>On a database server concurrent read-only lookups share round trips (<see cref="ReadCoalescer{TKey, TValue}"/>).</summary>
    private static void AddCoalescedReads(IServiceCollection services)
    {
        services.AddSingleton<CoalescedUserReads>();
        services.AddSingleton<CoalescedSessionReads>();
    }

    private static void AddMigratorFirst(IServiceCollection services)
    {
        var descriptor = ServiceDescriptor.Singleton<IHostedService, DatabaseMigrator>();
        var firstHostedService = services
            .Select((service, index) => (service, index))
            .FirstOrDefault(s => s.service.ServiceType == typeof(IHostedService));
        if (firstHostedService.service is null) services.Add(descriptor);
        else services.Insert(firstHostedService.index, descriptor);
    }
}
