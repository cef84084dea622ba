using NetArchTest.Rules;

namespace Auth.Architecture.Tests;

public sealed class LayerDependencyTests
{
    [Fact]
    public void Domain_DependsOnNothingButTheBcl()
    {
        var failing = Rules.DependingOn(Rules.TypesIn(Layers.Domain),
            "Auth.Application", "Auth.Infrastructure", "Auth.Api", Layers.EfCore, Layers.MongoDb, Layers.AspNetCore,
            "Mediator", "FluentValidation", "Mapster", "Microsoft.Extensions");

        Assert.Empty(failing);
    }

    [Fact]
    public void Application_DoesNotDependOnInfrastructureApiOrPersistenceOrWebPackages()
    {
        var failing = Rules.DependingOn(Rules.TypesIn(Layers.Application),
            "Auth.Infrastructure", "Auth.Api", Layers.EfCore, Layers.MongoDb, Layers.AspNetCore, "Microsoft.IdentityModel", "MailKit");

        Assert.Empty(failing);
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnTheApi()
    {
        Assert.Empty(Rules.DependingOn(Rules.TypesIn(Layers.Infrastructure), "Auth.Api"));
    }

    [Fact]
    public void Api_UsesInfrastructureOnlyInTheCompositionRoot()
    {
        var types = Types.InAssembly(Layers.Api).That().DoNotHaveName(nameof(Program)).And().HaveNameMatching("^[^<]");

        Assert.Empty(Rules.DependingOn(types, "Auth.Infrastructure", Layers.EfCore, Layers.MongoDb));
    }

    [Fact]
    public void Canary_TheDependencyRuleFails_WhenPointedAtAKnownDependency()
    {
        Assert.NotEmpty(Rules.DependingOn(Rules.TypesIn(Layers.Infrastructure), Layers.EfCore));
        Assert.NotEmpty(Rules.DependingOn(Rules.TypesIn(Layers.Application), "FluentValidation"));
        Assert.NotEmpty(Rules.DependingOn(Types.InAssembly(Layers.Api).That().HaveName(nameof(Program)), "Auth.Infrastructure"));
    }
}
