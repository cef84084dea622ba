using Auth.Application.Abstractions.Persistence;
using Auth.Infrastructure.Accounts;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.Infrastructure.Persistence.Mongo.Accounts;
using Auth.Infrastructure.Persistence.Mongo.KeyMaterial;
using Auth.Infrastructure.Persistence.Mongo.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Users;
using Auth.Infrastructure.Persistence.Mongo.Verifications;
using Auth.Infrastructure.Security.Keys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>What <c>Database:Provider = Mongo</c> registers. Building the client does not connect, so no server is needed.</summary>
public sealed class MongoPersistenceRegistrationTests
{
    [Fact]
    public void Mongo_RegistersTheScopedUnitOfWorkAndRepositoriesTheSingletonClientAndKeyStore()
    {
        using var provider = Build(new ServiceCollection(), "mongodb://127.0.0.1:27017/authdb");
        using var scope = provider.CreateScope();
        var services = scope.ServiceProvider;

        Assert.Same(services.GetRequiredService<MongoUnitOfWork>(), services.GetRequiredService<IUnitOfWork>());
        Assert.IsType<MongoUserRepository>(services.GetRequiredService<IUserRepository>());
        Assert.IsType<MongoOtpRepository>(services.GetRequiredService<IOtpRepository>());
        Assert.IsType<MongoSessionRepository>(services.GetRequiredService<ISessionRepository>());
        Assert.IsType<MongoAccountRepository>(services.GetRequiredService<IAccountRepository>());
        Assert.IsType<MongoVerificationStore>(services.GetRequiredService<IVerificationStore>());
        Assert.IsType<MongoKeyMaterialStore>(services.GetRequiredService<IKeyMaterialStore>());
        Assert.Same(provider.GetRequiredService<IKeyMaterialStore>(), services.GetRequiredService<IKeyMaterialStore>());
        Assert.Same(provider.GetRequiredService<IMongoClient>(), services.GetRequiredService<IMongoClient>());
        Assert.Equal(DatabaseProvider.Mongo, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider);
        Assert.Null(services.GetService<AuthDbContext>());
    }

    [Fact]
    public void Mongo_WithOAuth_UsesItsOwnAccountRepositoryAndVerificationStore()
    {
        var services = new ServiceCollection();
        using var provider = Build(services, "mongodb://127.0.0.1:27017/authdb");
        services.AddAccounts(Configuration(("Auth:OAuth:Google:ClientId", "id"), ("Auth:OAuth:Google:ClientSecret", "secret")));
        using var withOAuth = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        using var scope = withOAuth.CreateScope();

        Assert.IsType<MongoAccountRepository>(scope.ServiceProvider.GetRequiredService<IAccountRepository>());
        Assert.IsType<MongoVerificationStore>(scope.ServiceProvider.GetRequiredService<IVerificationStore>());
    }

    [Fact]
    public void Mongo_OneScopeSharesOneUnitOfWork_AnotherScopeHasItsOwn()
    {
        using var provider = Build(new ServiceCollection(), "mongodb://127.0.0.1:27017/authdb");
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        Assert.Same(first.ServiceProvider.GetRequiredService<IUnitOfWork>(), first.ServiceProvider.GetRequiredService<IUnitOfWork>());
        Assert.NotSame(first.ServiceProvider.GetRequiredService<IUnitOfWork>(), second.ServiceProvider.GetRequiredService<IUnitOfWork>());
    }

    [Theory]
    [InlineData("mongodb://127.0.0.1:27017/authdb", "authdb")]
    [InlineData("mongodb://127.0.0.1:27017", "auth")]
    [InlineData("mongodb://127.0.0.1:27017/", "auth")]
    [InlineData("mongodb://127.0.0.1:27017,127.0.0.2:27017,127.0.0.3:27017/prod_auth?replicaSet=rs0&w=majority", "prod_auth")]
    [InlineData("mongodb://svc:pa55@127.0.0.1:27017/?authSource=admin", "auth")]
    public void Mongo_TakesTheDatabaseFromTheConnectionStringPath_DefaultAuth(string connectionString, string database)
    {
        using var provider = Build(new ServiceCollection(), connectionString);

        Assert.Equal(database, provider.GetRequiredService<AuthMongoDatabase>().Database.DatabaseNamespace.DatabaseName);
    }

    [Fact]
    public void Mongo_NamesTheClientAuthUnlessTheConnectionStringNamesIt()
    {
        Assert.Equal("auth", MongoConnection.Parse("mongodb://127.0.0.1").Settings.ApplicationName);
        Assert.Equal("auth-eu", MongoConnection.Parse("mongodb://127.0.0.1/?appName=auth-eu").Settings.ApplicationName);
    }

    [Fact]
    public void Mongo_ReadsFromThePrimaryWhateverTheConnectionStringSays()
    {
        using var provider = Build(new ServiceCollection(), "mongodb://127.0.0.1:27017/authdb?readPreference=secondaryPreferred");

        Assert.Equal(ReadPreference.Primary, provider.GetRequiredService<AuthMongoDatabase>().Database.Settings.ReadPreference);
    }

    [Fact]
    public void Mongo_WithoutAConnectionString_FailsNamingTheSettings()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddPersistence(Configuration(("Database:Provider", "Mongo"))));

        Assert.Contains("ConnectionStrings:Auth", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Database:Provider", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Mongo", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Data Source=./.data/auth.db")]
    [InlineData("mongodb://svc:s3cret-pa55@127.0.0.1:notaport/auth")]
    public void Mongo_WithAnInvalidConnectionString_FailsNamingTheSettingWithoutRepeatingIt(string connectionString)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPersistence(
            Configuration(("Database:Provider", "Mongo"), ("ConnectionStrings:Auth", connectionString))));

        Assert.Contains("ConnectionStrings:Auth", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(connectionString, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Mongo_PutsTheIndexInitializerAheadOfHostedServicesRegisteredBefore()
    {
        var services = new ServiceCollection();
        services.AddHostedService<KeyReadingService>();

        using var provider = Build(services, "mongodb://127.0.0.1:27017/authdb");

        var hosted = provider.GetServices<IHostedService>().Select(s => s.GetType()).ToList();
        Assert.Equal(typeof(MongoIndexInitializer), hosted[0]);
        Assert.Equal(typeof(KeyReadingService), hosted[1]);
    }

    [Fact]
    public void Mongo_RegistersTheDatabaseReadinessCheck()
    {
        using var provider = Build(new ServiceCollection(), "mongodb://127.0.0.1:27017/authdb");

        var registration = Assert.Single(
            provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == "database");
        Assert.Contains("ready", registration.Tags);
        Assert.IsType<MongoHealthCheck>(registration.Factory(provider));
    }

    [Fact]
    public async Task IndexInitializer_WhenMigrateOnStartupIsFalse_DoesNotContactTheServer()
    {
        using var provider = Build(
            new ServiceCollection(),
            "mongodb://127.0.0.1:1/authdb?serverSelectionTimeoutMS=200",
            ("Database:MigrateOnStartup", "false"));
        var initializer = Assert.IsType<MongoIndexInitializer>(provider.GetServices<IHostedService>().First());

        await initializer.StartingAsync(CancellationToken.None);
    }

    [Fact]
    public async Task IndexInitializer_WithoutAServer_FailsTheStart()
    {
        using var provider = Build(new ServiceCollection(), "mongodb://127.0.0.1:1/authdb?serverSelectionTimeoutMS=200");
        var initializer = Assert.IsType<MongoIndexInitializer>(provider.GetServices<IHostedService>().First());

        await Assert.ThrowsAsync<TimeoutException>(() => initializer.StartingAsync(CancellationToken.None));
    }

    private static ServiceProvider Build(IServiceCollection services, string connectionString, params (string Key, string Value)[] extra)
    {
        services.AddLogging();
        services.AddPersistence(Configuration([("Database:Provider", "Mongo"), ("ConnectionStrings:Auth", connectionString), .. extra]));
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
