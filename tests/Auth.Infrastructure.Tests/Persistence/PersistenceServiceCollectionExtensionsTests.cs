using Auth.Application.Abstractions.Persistence;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Persistence.Sqlite;
using Auth.Infrastructure.Security.Keys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Persistence;

public sealed class PersistenceServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("Postgres")]
    [InlineData("MySql")]
    public void AddPersistence_WithAProviderNotBuiltYet_FailsNamingTheSetting(string provider)
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddPersistence(Configuration(("Database:Provider", provider))));

        Assert.Contains("Database:Provider", exception.Message, StringComparison.Ordinal);
        Assert.Contains(provider, exception.Message, StringComparison.Ordinal);
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
        Assert.NotNull(services.GetRequiredService<IRefreshTokenRepository>());
        Assert.Same(provider.GetRequiredService<IKeyMaterialStore>(), services.GetRequiredService<IKeyMaterialStore>());
    }

    [Fact]
    public void AddPersistence_PutsTheMigratorAheadOfHostedServicesRegisteredBefore()
    {
        var services = new ServiceCollection();
        services.AddHostedService<KeyReadingService>();

        using var provider = Build(services, Configuration(("ConnectionStrings:Auth", "Data Source=:memory:")));

        Assert.Equal(
            [typeof(DatabaseMigrator), typeof(KeyReadingService)],
            provider.GetServices<IHostedService>().Select(s => s.GetType()));
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
