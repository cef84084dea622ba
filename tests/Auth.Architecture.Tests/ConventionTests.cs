using Auth.Domain.Primitives;
using FluentValidation;
using Mediator;

namespace Auth.Architecture.Tests;

public sealed class ConventionTests
{
    private static readonly Type[] HandlerInterfaces = [typeof(ICommandHandler<,>), typeof(IQueryHandler<,>)];

    private static IEnumerable<Type> Handlers(params System.Reflection.Assembly[] assemblies) =>
        assemblies.SelectMany(a => a.ConcreteTypes()).Where(t => HandlerInterfaces.Any(t.Implements));

    private static IEnumerable<Type> Validators() =>
        Layers.Application.ConcreteTypes().Where(t => t.DerivesFrom(typeof(AbstractValidator<>)));

    [Fact]
    public void Handlers_LiveInTheApplication_AreSealed_AndAreNamedAfterTheirMessage()
    {
        var handlers = Handlers(Layers.Application, Layers.Infrastructure, Layers.Api).ToList();

        Assert.NotEmpty(handlers);
        Assert.Empty(Rules.OutsideAssembly(handlers, Layers.Application));
        Assert.Empty(Rules.NotSealed(handlers));
        Assert.Empty(Rules.NotNamed(handlers, "CommandHandler", "QueryHandler"));
    }

    [Fact]
    public void Messages_AreSealedRecordsNamedCommandOrQuery()
    {
        var messages = Layers.Application.ConcreteTypes()
            .Where(t => t.Implements(typeof(ICommand<>)) || t.Implements(typeof(IQuery<>))).ToList();

        Assert.NotEmpty(messages);
        Assert.Empty(Rules.NotSealed(messages));
        Assert.Empty(Rules.NotNamed(messages, "Command", "Query"));
    }

    [Fact]
    public void Validators_AreSealedAndNamedValidator()
    {
        var validators = Validators().ToList();

        Assert.NotEmpty(validators);
        Assert.Empty(Rules.NotSealed(validators));
        Assert.Empty(Rules.NotNamed(validators, "Validator"));
    }

    [Fact]
    public void Aggregates_AreSealed()
    {
        var aggregates = Layers.Domain.ConcreteTypes().Where(t => t.DerivesFrom(typeof(AggregateRoot<>))).ToList();

        Assert.Equal(7, aggregates.Count); // User, Otp, Session, SignInChallenge, Account, Passkey, PasskeyChallenge. AuditEntry is an append-only entity and RefreshToken part of Session, neither an aggregate
        Assert.Empty(Rules.NotSealed(aggregates));
    }

    [Fact]
    public void Endpoints_AreStaticClassesNamedEndpoint()
    {
        var endpoints = Layers.Api.GetTypes()
            .Where(t => !t.IsNested && t.GetMethods().Any(m => m.IsStatic && m.Name.StartsWith("Map", StringComparison.Ordinal)
                && m.GetParameters().FirstOrDefault()?.ParameterType == typeof(Microsoft.AspNetCore.Routing.RouteGroupBuilder)))
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.Empty(endpoints.Where(t => !(t.IsAbstract && t.IsSealed)).Select(t => t.FullName));
        Assert.Empty(Rules.NotNamed(endpoints, "Endpoint"));
    }

    [Fact]
    public void Canary_TheConventionRulesFail_WhenPointedAtKnownViolations()
    {
        Assert.NotEmpty(Rules.OutsideAssembly(Handlers(Layers.Application), Layers.Domain));
        Assert.NotEmpty(Rules.NotSealed([typeof(Result)]));
        Assert.NotEmpty(Rules.NotNamed(Validators(), "Handler"));
    }
}
