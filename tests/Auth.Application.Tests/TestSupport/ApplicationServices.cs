using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Application.Tests.TestSupport;

/// <summary>
/// The mapper handlers get: the one <see cref="DependencyInjection.AddApplication"/> registers (read from its service
/// collection: the test project has the DI abstractions only, no container).
/// </summary>
public static class ApplicationServices
{
    private static readonly Lazy<IMapper> Resolved = new(RegisteredInstance<IMapper>);

    public static IMapper Mapper => Resolved.Value;

    /// <summary>What <c>AddApplication</c> registered as <typeparamref name="T"/>.</summary>
    public static T RegisteredInstance<T>()
    {
        var services = new ServiceCollection().AddApplication();
        return (T)(services.Single(d => d.ServiceType == typeof(T)).ImplementationInstance
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered as an instance."));
    }
}
