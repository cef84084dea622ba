using Auth.Domain.Primitives;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Reads a result the way a client reads a response: did it work, and if not, which code.</summary>
public static class ResultAssertions
{
    public static void ShouldSucceed(this Result result) =>
        Assert.True(result.IsSuccess, $"Expected success, got {result.Error?.Code}: {result.Error?.Description}");

    public static T ShouldSucceed<T>(this Result<T> result)
    {
        Assert.True(result.IsSuccess, $"Expected success, got {result.Error?.Code}: {result.Error?.Description}");
        return result.Value;
    }

    public static Error ShouldFailWith(this Result result, string code)
    {
        Assert.True(result.IsFailure, $"Expected {code}, but the call succeeded.");
        Assert.Equal(code, result.Error!.Code);
        return result.Error;
    }

    public static T Detail<T>(this Error error, string name)
    {
        Assert.True(error.Details.TryGetValue(name, out var value), $"{error.Code} has no detail '{name}'.");
        return Assert.IsType<T>(value);
    }
}
