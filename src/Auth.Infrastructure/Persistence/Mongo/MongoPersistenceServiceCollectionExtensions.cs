using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.RateLimiting;
using Auth.Infrastructure.Email.Outbox;
using Auth.Infrastructure.Persistence.Mongo.Accounts;
using Auth.Infrastructure.Persistence.Mongo.Audit;
using Auth.Infrastructure.Persistence.Mongo.KeyMaterial;
using Auth.Infrastructure.Persistence.Mongo.MailOutbox;
using Auth.Infrastructure.Persistence.Mongo.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo.RateLimiting;
using Auth.Infrastructure.Persistence.Mongo.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Users;
using Auth.Infrastructure.Persistence.Mongo.Verifications;
using Auth.Infrastructure.RateLimiting;
using Auth.Infrastructure.Security.Keys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

internal static class MongoPersistenceServiceCollectionExtensions
{
    public const string HealthCheckName = "database";

    public const string ReadyTag = "ready";

    /// <summary>
    /// MongoDB for <c>Database:Provider = Mongo</c>: the client (singleton, from <c>ConnectionStrings:Auth</c>), the
    /// database and the writer; the scoped change tracker, <see cref="MongoUnitOfWork"/> (also as <see cref="IUnitOfWork"/>)
    /// and repositories; the singleton key store, the rate-limit store (keyed <see cref="RateLimitStoreKind.Database"/>),
    /// the "database" readiness check, and the index initializer ahead of every hosted service.
    /// </summary>
    public static IServiceCollection AddMongoPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var connection = MongoConnection.FromConfiguration(configuration);
        MongoClassMaps.EnsureRegistered();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMongoClient>(_ => new MongoClient(connection.Settings));
        services.AddSingleton(provider => new AuthMongoDatabase(provider.GetRequiredService<IMongoClient>(), connection.DatabaseName));
        services.AddSingleton<MongoTransactionalWriter>();

        services.AddScoped<MongoChangeTracker>();
        services.AddScoped<MongoUnitOfWork>();
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<MongoUnitOfWork>());
        services.AddScoped<IUserRepository, MongoUserRepository>();
        services.AddScoped<IOtpRepository, MongoOtpRepository>();
        services.AddScoped<ISessionRepository, MongoSessionRepository>();
        services.AddScoped<ISignInChallengeRepository, MongoSignInChallengeRepository>();
        services.AddScoped<IPasskeyRepository, MongoPasskeyRepository>();
        services.AddScoped<IPasskeyChallengeRepository, MongoPasskeyChallengeRepository>();
        services.AddScoped<IAccountRepository, MongoAccountRepository>();
        services.AddScoped<IVerificationStore, MongoVerificationStore>();
        services.AddScoped<IAuditLog, MongoAuditLog>();
        services.AddScoped<IMailOutboxStore, MongoMailOutboxStore>();
        services.AddSingleton<IKeyMaterialStore, MongoKeyMaterialStore>();
        services.AddKeyedSingleton<IRateLimitStore, MongoRateLimitStore>(RateLimitStoreKind.Database);

        services.AddHealthChecks().AddCheck<MongoHealthCheck>(HealthCheckName, tags: [ReadyTag]);
        AddIndexInitializerFirst(services);
        return services;
    }

    /// <summary>Inserted before the first hosted service registered so far, so that it runs before services that read keys.</summary>
    private static void AddIndexInitializerFirst(IServiceCollection services)
    {
        var descriptor = ServiceDescriptor.Singleton<IHostedService, MongoIndexInitializer>();
        var first = services
            .Select((service, index) => (service, index))
            .FirstOrDefault(s => s.service.ServiceType == typeof(IHostedService));
        if (first.service is null) services.Add(descriptor);
        else services.Insert(first.index, descriptor);
    }
}
