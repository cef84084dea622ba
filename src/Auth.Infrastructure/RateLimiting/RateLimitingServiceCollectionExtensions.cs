using Auth.Application.Abstractions.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    public const string StoreKey = "RateLimiting:Store";

    /// <summary>
    /// <see cref="IRateLimitStore"/> as <c>RateLimiting:Store</c> says: <c>Memory</c> (default; a singleton in this
    /// process) or <c>Database</c> (scoped; the store the persistence registered for its provider under the key
    /// <see cref="RateLimitStoreKind.Database"/>, so that every instance shares the counters).
    /// </summary>
    public static IServiceCollection AddRateLimitStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[StoreKey];
        if (!Enum.TryParse<RateLimitStoreKind>(string.IsNullOrWhiteSpace(value) ? nameof(RateLimitStoreKind.Memory) : value, ignoreCase: true, out var kind)
            || !Enum.IsDefined(kind))
        {
            throw new InvalidOperationException(
                $"{StoreKey} is '{value}', which is not a known store. Use '{RateLimitStoreKind.Memory}' (the default) or '{RateLimitStoreKind.Database}'.");
        }

        services.AddKeyedSingleton<IRateLimitStore, MemoryRateLimitStore>(RateLimitStoreKind.Memory);
        if (kind == RateLimitStoreKind.Memory)
            services.AddSingleton(provider => provider.GetRequiredKeyedService<IRateLimitStore>(RateLimitStoreKind.Memory));
        else
            services.AddScoped(provider => provider.GetRequiredKeyedService<IRateLimitStore>(RateLimitStoreKind.Database));
        return services;
    }
}
