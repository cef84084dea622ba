namespace Auth.Architecture.Tests;

/// <summary>
/// Modules depend in one direction: Users knows nothing of the others; OneTimePasswords and Sessions may use
/// Users but not each other; Accounts (OAuth) may use Users and Sessions, and nothing but the Api uses Accounts;
/// Audit listens to every module, and no module uses Audit.
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
        { "Auth.Domain.Users", "Auth.Domain.Accounts" },
        { "Auth.Domain.Sessions", "Auth.Domain.Accounts" },
        { "Auth.Domain.OneTimePasswords", "Auth.Domain.Accounts" },
        { "Auth.Domain.Accounts", "Auth.Domain.OneTimePasswords" },
        { "Auth.Application.Users", "Auth.Application.Accounts" },
        { "Auth.Application.Sessions", "Auth.Application.Accounts" },
        { "Auth.Application.OneTimePasswords", "Auth.Application.Accounts" },
        { "Auth.Application.Accounts", "Auth.Application.OneTimePasswords" },
        { "Auth.Infrastructure.Users", "Auth.Infrastructure.Accounts" },
        { "Auth.Infrastructure.Sessions", "Auth.Infrastructure.Accounts" },
        { "Auth.Infrastructure.OneTimePasswords", "Auth.Infrastructure.Accounts" },
        { "Auth.Infrastructure.Security", "Auth.Infrastructure.Accounts" },
        { "Auth.Domain.Users", "Auth.Domain.Audit" },
        { "Auth.Domain.Sessions", "Auth.Domain.Audit" },
        { "Auth.Domain.OneTimePasswords", "Auth.Domain.Audit" },
        { "Auth.Domain.Accounts", "Auth.Domain.Audit" },
        { "Auth.Application.Users", "Auth.Application.Audit" },
        { "Auth.Application.Sessions", "Auth.Application.Audit" },
        { "Auth.Application.OneTimePasswords", "Auth.Application.Audit" },
        { "Auth.Application.Accounts", "Auth.Application.Audit" },
        { "Auth.Infrastructure.Users", "Auth.Infrastructure.Audit" },
        { "Auth.Infrastructure.Sessions", "Auth.Infrastructure.Audit" },
        { "Auth.Infrastructure.Accounts", "Auth.Infrastructure.Audit" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenModuleDependencies))]
    public void Module_DoesNotDependOn_AModuleDownstreamOfIt(string module, string forbidden)
    {
        var assembly = module.Split('.')[1] switch
        {
            "Domain" => Layers.Domain,
            "Application" => Layers.Application,
            _ => Layers.Infrastructure,
        };

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
        Assert.NotEmpty(Rules.DependingOn(Rules.TypesIn(Layers.Application, "Auth.Application.Accounts"), "Auth.Application.Users"));
        Assert.NotEmpty(Rules.DependingOn(Rules.TypesIn(Layers.Infrastructure, "Auth.Infrastructure.Persistence"), "Auth.Infrastructure.Accounts"));
    }
}
