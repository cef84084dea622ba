using Auth.Application.Abstractions.Persistence;
using Auth.Infrastructure.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.Infrastructure.Persistence.Sqlite;
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
    /// Registers the database chosen by <c>Database:Provider</c> (default Sqlite) with the connection string
    /// <c>ConnectionStrings:Auth</c>: the context (scoped, as its own type and as <see cref="AuthDbContext"/>),
    /// <see cref="IUnitOfWork"/>, the repositories, the key material store and the start-up migrator.
    /// The migrator is inserted before every hosted service registered so far and migrates in
    /// <c>StartingAsync</c>, so hosted services that read keys at start-up always find the schema in place.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(DatabaseOptions.SectionName);
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<DatabaseOptions>().Bind(section);
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                AddSqlite(services, string.IsNullOrWhiteSpace(connectionString)
                    ? DatabaseOptions.DefaultSqliteConnectionString
                    : connectionString);
                break;

            case DatabaseProvider.Mongo:
                services.AddMongoPersistence(configuration);
                break;

            // A later issue adds the other engines, each in its own folder with its own migration set:
            // Postgres → Persistence/Postgres/PostgresAuthDbContext (+ design-time factory, Migrations/), UseNpgsql;
            // MySql → Persistence/MySql/MySqlAuthDbContext (+ factory, Migrations/), UseMySql (Pomelo, EF Core 9);
            // then AddEntityFramework<TContext>(services) as for SQLite.
            default:
                throw new InvalidOperationException(
                    $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} is '{options.Provider}', which is not " +
                    $"supported yet. Set {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} to " +
                    $"'{DatabaseProvider.Sqlite}' (the default).");
        }

        return services;
    }

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
        AddEntityFramework<SqliteAuthDbContext>(services);
    }

    private static void AddEntityFramework<TContext>(IServiceCollection services)
        where TContext : AuthDbContext
    {
        services.AddScoped<AuthDbContext>(provider => provider.GetRequiredService<TContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IOtpRepository, OtpRepository>();
        services.AddScoped<ISessionRepository, SessionRepository>();
        services.AddScoped<IRefreshTokenRepository, RefreshTokenRepository>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IKeyMaterialStore, KeyMaterialStore>();
        AddMigratorFirst(services);
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
