using Auth.Application.Abstractions.Persistence;
using Auth.Infrastructure.Accounts;
using Auth.Infrastructure.Email;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.RateLimiting;
using Auth.Infrastructure.Security;
using Auth.Infrastructure.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Every adapter, chosen by configuration: the database by <c>Database:Provider</c>, mail by
    /// <c>Email:Provider</c>, rate-limit counters by <c>RateLimiting:Store</c>. Persistence goes first so its migrator runs before services that read keys.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistence(configuration);
        services.AddSessionUseRecorder();
        services.AddSecurity(configuration);
        services.AddEmail(configuration);
        services.AddAccounts(configuration);
        services.AddRateLimitStore(configuration);
        return services;
    }

    /// <summary>One recorder per process, on every database.</summary>
    private static void AddSessionUseRecorder(this IServiceCollection services)
    {
        services.AddSingleton<BackgroundSessionUseRecorder>();
        services.AddSingleton<ISessionUseRecorder>(provider => provider.GetRequiredService<BackgroundSessionUseRecorder>());
        services.AddHostedService(provider => provider.GetRequiredService<BackgroundSessionUseRecorder>());
    }
}
