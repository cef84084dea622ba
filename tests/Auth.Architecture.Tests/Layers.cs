using System.Reflection;

namespace Auth.Architecture.Tests;

/// <summary>The four production assemblies and the namespaces of packages a layer may not touch.</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(Auth.Domain.Users.User).Assembly;
    public static readonly Assembly Application = typeof(Auth.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(Auth.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly Api = typeof(Program).Assembly;

    public static readonly string[] Modules = ["Users", "Sessions", "OneTimePasswords", "Accounts", "Audit"];

    public const string EfCore = "Microsoft.EntityFrameworkCore";
    public const string MongoDb = "MongoDB";
    public const string AspNetCore = "Microsoft.AspNetCore";

    public static IEnumerable<Type> ConcreteTypes(this Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && !t.IsNested && !IsCompilerGenerated(t));

    public static bool Implements(this Type type, Type openGeneric) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric);

    public static bool DerivesFrom(this Type type, Type openGeneric)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGeneric) return true;
        }

        return false;
    }

    private static bool IsCompilerGenerated(Type type) =>
        type.Name.Contains('<', StringComparison.Ordinal) || type.Namespace is null || type.Namespace.StartsWith("Mediator", StringComparison.Ordinal);
}
