using Mapster;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Application.Tests.TestSupport;

/// <summary>
/// The mapper handlers get. Normally the one <see cref="DependencyInjection.AddApplication"/> registers (read from its
/// service collection: the test project has the DI abstractions only, no container). While
/// <c>AddApplication</c> throws because of the <c>UserMappings</c> bug (see <c>UserMappingsTests</c>), handler tests
/// fall back to <see cref="UserMappingsWithoutInherits"/>, so that they still test the handlers.
/// </summary>
public static class ApplicationServices
{
    private static readonly Lazy<(IMapper Mapper, bool IsProduction)> Resolved = new(Resolve);

    public static IMapper Mapper => Resolved.Value.Mapper;

    /// <summary>False while the fallback is in use.</summary>
    public static bool UsesProductionMappings => Resolved.Value.IsProduction;

    /// <summary>What <c>AddApplication</c> registered as <typeparamref name="T"/>; throws what <c>AddApplication</c> throws.</summary>
    public static T RegisteredInstance<T>()
    {
        var services = new ServiceCollection().AddApplication();
        return (T)(services.Single(d => d.ServiceType == typeof(T)).ImplementationInstance
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered as an instance."));
    }

    private static (IMapper, bool) Resolve()
    {
        try
        {
            return (RegisteredInstance<IMapper>(), true);
        }
        catch (InvalidCastException)
        {
            var config = new TypeAdapterConfig();
            config.Apply(new UserMappingsWithoutInherits());
            config.Compile();
            return (new Mapper(config), false);
        }
    }
}
