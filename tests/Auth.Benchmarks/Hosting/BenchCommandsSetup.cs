using Auth.Application.Behaviors;
using Auth.Benchmarks.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Benchmarks.Hosting;

/// <summary>
/// The mediator as the Api registers it (same lifetime, same behaviours in the same order), generated in this
/// project, which also adds the benchmark's own trivial command.
/// </summary>
internal static class BenchCommandsSetup
{
    public static IServiceCollection AddBenchMediator(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Auth.Application.DependencyInjection), typeof(PingCommand)];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
        return services;
    }
}
