using Auth.Application.Abstractions.Persistence;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Persistence.Cleanup;
using Auth.Infrastructure.Persistence.MySql;
using Auth.Infrastructure.Persistence.Postgres;
using Auth.Infrastructure.Persistence.Sqlite;
using Auth.Infrastructure.Security.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Auth.Infrastructure.Tests.Persistence;

public sealed class PersistenceServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("Postgres")]
    [InlineData("MySql")]
    public void AddPersistence_WithAServerProviderButNoConnectionString_FailsNamingTheSettings(string provider)
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddPersistence(Configuration(("Database:Provider", provider))));

        Assert.Contains("ConnectionStrings:Auth", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres", "Host=127.0.0.1;Port=1;Database=auth", typeof(PostgresAuthDbContext), "Npgsql.EntityFrameworkCore.PostgreSQL")]
    [InlineData("MySql", "Server=127.0.0.1;Port=1;Database=auth", typeof(MySqlAuthDbContext), "Pomelo.EntityFrameworkCore.MySql")]
    [InlineData("Sqlite", "Data Source=:memory:", typeof(SqliteAuthDbContext), "Microsoft.EntityFrameworkCore.Sqlite")]
    public void AddPersistence_ForEachEfProvider_RegistersItsOwnContextWithoutConnecting(
        string provider, string connectionString, Type contextType, string efProvider)
    {
        using var services = Build(new ServiceCollection(), Configuration(
            ("Database:Provider", provider), ("ConnectionStrings:Auth", connectionString), ("Database:ServerVersion", "10.11.6-mariadb")));
        using var scope = services.CreateScope();

        var context = scope.ServiceProvider.GetRequiredService<AuthDbContext>();

        Assert.IsType(contextType, context);
        Assert.Same(scope.ServiceProvider.GetRequiredService(contextType), context);
        Assert.Equal(efProvider, context.Database.ProviderName);
    }

    [Fact]
    public void MySqlServerVersion_WhenConfigured_IsParsedWithoutConnecting()
    {
        var version = new MySqlServerVersionSource("Server=127.0.0.1;Port=1;Database=auth", "8.4.3-mysql").Get();

        Assert.Equal("8.4.3-mysql", version.ToString());
    }

    [Fact]
    public void Postgres_ByDefault_PreparesRepeatedStatementsAndKeepsThemAcrossPoolLeases()
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresConnectionString("Host=127.0.0.1;Port=1;Database=auth"));

        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, connection.MaxAutoPrepare);
        Assert.True(connection.NoResetOnClose);
        Assert.Equal("auth", connection.Database);
    }

    [Fact]
    public void Postgres_ByDefault_PoolsAFewConnectionsPerCoreInsteadOfNpgsqlsHundred()
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresConnectionString("Host=127.0.0.1;Port=1;Database=auth"));

        Assert.Equal(PostgresConnectionDefaults.ConnectionsPerCore * Environment.ProcessorCount, connection.MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=auth;Maximum Pool Size=100")]
    [InlineData("Host=127.0.0.1;Database=auth;maxpoolsize=100")]
    public void Postgres_APoolSizeTheConnectionStringSets_IsKept(string given)
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresConnectionString(given));

        Assert.Equal(100, connection.MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=auth;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=127.0.0.1;Database=auth;maxautoprepare=0;NORESETONCLOSE=false")]
    public void Postgres_SettingsTheConnectionStringNames_AreKept(string given)
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresConnectionString(given));

        Assert.Equal(0, connection.MaxAutoPrepare);
        Assert.False(connection.NoResetOnClose);
    }

    [Fact]
    public void AddPersistence_WithAnUnknownProvider_FailsNamingTheSetting()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddPersistence(Configuration(("Database:Provider", "Oracle"))));

        Assert.Contains("Database:Provider", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPersistence_WithNoConfiguration_ChoosesSqliteAndMigratesOnStartup()
    {
        using var provider = Build(new ServiceCollection(), Configuration());

        var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.True(options.MigrateOnStartup);
        Assert.Equal("Data Source=./.data/auth.db", DatabaseOptions.DefaultSqliteConnectionString);
    }

    [Fact]
    public void AddPersistence_RegistersTheScopedContextUnderBothTypesWithTheRepositoriesAndUnitOfWork()
    {
        using var provider = Build(new ServiceCollection(), Configuration(("ConnectionStrings:Auth", "Data Source=:memory:")));
        using var scope = provider.CreateScope();
        var services = scope.ServiceProvider;

        Assert.Same(services.GetRequiredService<SqliteAuthDbContext>(), services.GetRequiredService<AuthDbContext>());
        Assert.NotNull(services.GetRequiredService<IUnitOfWork>());
        Assert.NotNull(services.GetRequiredService<IUserRepository>());
        Assert.NotNull(services.GetRequiredService<IOtpRepository>());
        Assert.NotNull(services.GetRequiredService<ISessionRepository>());
        Assert.Same(provider.GetRequiredService<IKeyMaterialStore>(), services.GetRequiredService<IKeyMaterialStore>());
    }

    [Fact]
    public void AddPersistence_PutsTheMigratorAheadOfHostedServicesRegisteredBefore()
    {
        var services = new ServiceCollection();
        services.AddHostedService<KeyReadingService>();

        using var provider = Build(services, Configuration(("ConnectionStrings:Auth", "Data Source=:memory:")));

        var hosted = provider.GetServices<IHostedService>().Select(s => s.GetType()).ToList();
        Assert.Equal([typeof(DatabaseMigrator), typeof(KeyReadingService)], hosted.Take(2));
        Assert.Contains(typeof(ExpiredDataCleanupService), hosted);
    }

    [Fact]
    public void AddPersistence_RegistersTheDatabaseHealthCheckTaggedReady()
    {
        using var provider = Build(new ServiceCollection(), Configuration(("ConnectionStrings:Auth", "Data Source=:memory:")));

        var registration = Assert.Single(provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);
        Assert.Equal("database", registration.Name);
        Assert.Equal(["ready"], registration.Tags);
    }

    [Fact]
    public void AddPersistence_CleanupDefaultsToEveryTenMinutesKeepingDeadRowsADay_AndBindsItsSection()
    {
        using var defaults = Build(new ServiceCollection(), Configuration());
        using var configured = Build(new ServiceCollection(), Configuration(
            ("Database:Cleanup:Enabled", "false"), ("Database:Cleanup:Interval", "00:01:00"),
            ("Database:Cleanup:Retention", "7.00:00:00"), ("Database:Cleanup:BatchSize", "50")));

        var cleanup = defaults.GetRequiredService<IOptions<DatabaseOptions>>().Value.Cleanup;
        Assert.Equal((true, TimeSpan.FromMinutes(10), TimeSpan.FromDays(1), 1000), (cleanup.Enabled, cleanup.Interval, cleanup.Retention, cleanup.BatchSize));
        cleanup = configured.GetRequiredService<IOptions<DatabaseOptions>>().Value.Cleanup;
        Assert.Equal((false, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7), 50), (cleanup.Enabled, cleanup.Interval, cleanup.Retention, cleanup.BatchSize));
    }

    [Theory]
    [InlineData("Database:Cleanup:Interval", "00:00:00")]
    [InlineData("Database:Cleanup:Interval", "60.00:00:00")]
    [InlineData("Database:Cleanup:Retention", "-00:00:01")]
    [InlineData("Database:Cleanup:BatchSize", "0")]
    public void AddPersistence_WithAnUnusableCleanupSetting_FailsNamingTheSection(string key, string value)
    {
        using var provider = Build(new ServiceCollection(), Configuration((key, value)));

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Contains("Database:Cleanup", exception.Message, StringComparison.Ordinal);
    }

    private static string? PostgresConnectionString(string given)
    {
        using var provider = Build(new ServiceCollection(), Configuration(("Database:Provider", "Postgres"), ("ConnectionStrings:Auth", given)));
        using var scope = provider.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AuthDbContext>().Database.GetConnectionString();
    }

    private static ServiceProvider Build(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.AddPersistence(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    private sealed class KeyReadingService : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
    }
}
