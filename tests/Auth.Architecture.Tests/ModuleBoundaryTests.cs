namespace Auth.Architecture.Tests;

/// <summary>
/// Modules depend in one direction. In the model (domain and adapters): Users knows nothing of the others;
/// OneTimePasswords and Sessions may use Users but not each other; Accounts (OAuth) may use Users and Sessions. In the
/// use cases the one-time codes are a service: OneTimePasswords sends and verifies codes for anyone and knows no other
/// module; Users uses it (password reset and change), Sessions uses both (sign-in). Nothing but the Api uses Accounts;
/// Audit listens to every module, and no module uses Audit. Every other ordered pair is forbidden.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules = ["Users", "OneTimePasswords", "Sessions", "Accounts", "Audit"];

    private static readonly (string From, string To)[] AuditListensToAll =
        [("Audit", "Users"), ("Audit", "OneTimePasswords"), ("Audit", "Sessions"), ("Audit", "Accounts")];

    private static readonly HashSet<(string From, string To)> AllowedInTheModel =
        [("OneTimePasswords", "Users"), ("Sessions", "Users"), ("Accounts", "Users"), ("Accounts", "Sessions"), .. AuditListensToAll];

    private static readonly HashSet<(string From, string To)> AllowedInTheUseCases =
    [
        ("Users", "OneTimePasswords"), ("Sessions", "Users"), ("Sessions", "OneTimePasswords"), ("Accounts", "Users"), ("Accounts", "Sessions"),
        .. AuditListensToAll,
    ];

    private static readonly (string Prefix, HashSet<(string From, string To)> Allowed)[] LayersAndTheirRules =
    [
        ("Auth.Domain", AllowedInTheModel),
        ("Auth.Application", AllowedInTheUseCases),
        ("Auth.Infrastructure", AllowedInTheModel),
        ("Auth.Infrastructure.Persistence.Mongo", AllowedInTheModel),
    ];

    public static TheoryData<string, string> ForbiddenModuleDependencies
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (prefix, allowed) in LayersAndTheirRules)
            {
                foreach (var from in Modules)
                {
                    foreach (var to in Modules.Where(to => to != from && !allowed.Contains((from, to))))
                        data.Add($"{prefix}.{from}", $"{prefix}.{to}");
                }
            }

            return data;
        }
    }

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
        var types = Rules.TypesIn(assembly, module);

        Assert.NotEmpty(types.GetTypes());
        Assert.Empty(Rules.DependingOn(types, forbidden));
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
        Assert.NotEmpty(Rules.DependingOn(Rules.TypesIn(Layers.Application, "Auth.Application.Accounts"), "Auth.Application.Sessions"));
        Assert.NotEmpty(Rules.DependingOn(Rules.TypesIn(Layers.Application, "Auth.Application.Sessions"), "Auth.Application.Users"));
        Assert.NotEmpty(Rules.DependingOn(
            Rules.TypesIn(Layers.Infrastructure, "Auth.Infrastructure.Persistence.Mongo.Sessions"), "Auth.Infrastructure.Persistence.Mongo.Users"));
        Assert.NotEmpty(Rules.DependingOn(Rules.TypesIn(Layers.Infrastructure, "Auth.Infrastructure.Persistence"), "Auth.Infrastructure.Accounts"));
    }
}
