using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Auth.Api.Authentication;

internal static class AuthenticationSetup
{
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddBearerAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<SessionCheck>();
        services.AddScoped<IAuthorizationHandler, CurrentAdminAuthorizationHandler>();
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireClaim(AuthClaims.Role, "admin")
                .AddRequirements(new CurrentAdminRequirement()));
        return services;
    }
}
