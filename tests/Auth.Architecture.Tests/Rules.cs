using System.Reflection;
using NetArchTest.Rules;

namespace Auth.Architecture.Tests;

/// <summary>
/// Each architecture rule as a function of the types it judges, so that the real test and its canary (the same
/// rule pointed at a known violation) run the very same code.
/// </summary>
internal static class Rules
{
    /// <returns>The names of the types in <paramref name="types"/> that depend on any of <paramref name="forbidden"/>.</returns>
    public static IReadOnlyList<string> DependingOn(PredicateList types, params string[] forbidden) =>
        types.Should().NotHaveDependencyOnAny(forbidden).GetResult().FailingTypeNames?.ToList() ?? [];

    public static IReadOnlyList<string> NotSealed(IEnumerable<Type> types) =>
        types.Where(t => !t.IsSealed).Select(t => t.FullName!).ToList();

    public static IReadOnlyList<string> NotNamed(IEnumerable<Type> types, params string[] suffixes) =>
        types.Where(t => !suffixes.Any(s => t.Name.EndsWith(s, StringComparison.Ordinal))).Select(t => t.FullName!).ToList();

    public static IReadOnlyList<string> OutsideAssembly(IEnumerable<Type> types, Assembly expected) =>
        types.Where(t => t.Assembly != expected).Select(t => t.FullName!).ToList();

    public static PredicateList TypesIn(Assembly assembly) => Types.InAssembly(assembly).That().HaveNameMatching(".*");

    public static PredicateList TypesIn(Assembly assembly, string @namespace) =>
        Types.InAssembly(assembly).That().ResideInNamespaceStartingWith(@namespace);
}
