using System.Collections.Concurrent;
using System.Reflection;
using Auth.Domain.Primitives;

namespace Auth.Application.Behaviors;

/// <summary>Builds a failed <see cref="Result"/> or <see cref="Result{TValue}"/> for a response type known only generically.</summary>
internal static class ResultFactory
{
    private static readonly ConcurrentDictionary<Type, Func<Error, object>> Factories = new();

    public static bool IsResult(Type type) => typeof(Result).IsAssignableFrom(type);

    public static TResponse Failure<TResponse>(Error error) =>
        (TResponse)Factories.GetOrAdd(typeof(TResponse), CreateFactory)(error);

    private static Func<Error, object> CreateFactory(Type type)
    {
        if (type == typeof(Result)) return Result.Failure;
        var failure = type.GetMethod(nameof(Result.Failure), BindingFlags.Public | BindingFlags.Static, [typeof(Error)])
            ?? throw new InvalidOperationException($"{type} is not a result type.");
        return error => failure.Invoke(null, [error])!;
    }
}
