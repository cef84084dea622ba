using Auth.Application.Behaviors;

namespace Auth.Api.Configuration;

internal static class MediatorSetup
{
    /// <summary>
    /// The source generator runs in this project, so the mediator is registered here. Behaviours wrap each
    /// message outermost first: logging, validation, one unit of work per command, and inside it the audit trail
    /// (after the handler, before the save, so its entries are saved in the command's transaction) and the security
    /// notices to account owners (queued mail, released after the save).
    /// </summary>
    public static IServiceCollection AddMediatorPipeline(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Auth.Application.DependencyInjection)];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>), typeof(AuditBehavior<,>),
                typeof(SecurityNoticeBehavior<,>)];
        });
        return services;
    }
}
