using Auth.Application.Accounts;
using Auth.Application.OneTimePasswords;
using Auth.Application.Sessions;
using FluentValidation;
using Mapster;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators, mappings and the application services handlers share. The mediator itself is registered by
    /// the host, which runs its source generator.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);

        var mappings = new TypeAdapterConfig();
        mappings.Scan(typeof(DependencyInjection).Assembly);
        mappings.Compile();
        services.AddSingleton(mappings);
        services.AddSingleton<IMapper>(new Mapper(mappings));

        services.AddScoped<SessionStarter>();
        services.AddScoped<OtpSender>();
        services.AddScoped<OtpVerifier>();
        services.AddScoped<SignInCompletion>();
        services.AddScoped<CredentialCheck>();
        services.AddScoped<Users.SecondFactorCodes>();
        services.AddScoped<Users.PasskeyChallenges>();
        services.AddScoped<OAuthFlows>();
        services.AddScoped<ProviderAccountLinker>();
        return services;
    }
}
