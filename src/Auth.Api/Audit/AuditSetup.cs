using Auth.Application.Abstractions;

namespace Auth.Api.Audit;

internal static class AuditSetup
{
    /// <summary>What the audit trail records of each request: ip and user agent, read from the current HTTP context.</summary>
    public static IServiceCollection AddAuditRequestContext(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IRequestContext, HttpRequestContext>();
        return services;
    }
}
