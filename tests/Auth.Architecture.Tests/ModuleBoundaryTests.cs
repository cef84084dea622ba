namespace Auth.Architecture.Tests;

/// <summary>
/// Modules depend in one direction: Users knows nothing of the others; OneTimePasswords and Sessions may use
/// Users but not each other.
/// </summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string, string> ForbiddenModuleDependencies => new()
    {
        { "Auth.Domain.Users", "Auth.Domain.Sessions" },
        { "Auth.Domain.Users", "Auth.Domain.OneTimePasswords" },
        { "Auth.Domain.OneTimePasswords", "Auth.Domain.Sessions" },
        { "Auth.Domain.Sessions", "Auth.Domain.OneTimePasswords" },
        { "Auth.Application.OneTimePasswords", "Auth.Application.Sessions" },
        { "Auth.Application.OneTimePasswords", "Auth.Application.Users" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenModuleDependencies))]
    public void Module_DoesNotDependOn_AModuleDownstreamOfIt(string module, string forbidden)
    {
        var assembly = module.StartsWith("Auth.Domain", StringComparison.Ordinal) ? Layers.Domain : Layers.Application;

        Assert.Empty(Rules.DependingOn(Rules.TypesIn(assembly, module), forbidden));
    }

    [Fact]
    public void EveryProject_HasTheSameModuleFolders()
    {
        foreach (var assembly in new[] { Layers.Domain, Layers.Application, Layers.Infrastructure, Layers.Api })
        {
            var prefix = assembly.GetName().Name!;
            var namespaces = assembly.GetTypes().Select(t => t.Namespace).OfType<string>().ToHashSet();
            foreach (var module in Layers.Modules)
                Assert.Contains(namespaces, ns => ns == $"{prefix}.{module}" || ns.StartsWith($"{prefix}.{module}.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Canary_TheModuleRuleFails_WhenPointedAtAKnownDependency()
    {
        Assert.NotEmpty(Rules.DependingOn(Rules.TypesIn(Layers.Domain, "Auth.Domain.Sessions"), "Auth.Domain.Users"));
    }
}
