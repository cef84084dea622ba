using Auth.Domain.Primitives;

namespace Auth.Domain.Tests.Primitives;

public sealed class ResultTests
{
    private static readonly Error SomeError = new("some_code", "Something expected went wrong.", ErrorKind.Conflict);

    [Fact]
    public void Success_IsASuccessWithoutError()
    {
        var result = Result.Success;

        Assert.True(result.IsSuccess);
        Assert.False(result.IsFailure);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Failure_CarriesItsError()
    {
        var result = Result.Failure(SomeError);

        Assert.True(result.IsFailure);
        Assert.False(result.IsSuccess);
        Assert.Same(SomeError, result.Error);
    }

    [Fact]
    public void ImplicitConversionFromError_GivesAFailureWithThatError()
    {
        Result result = SomeError;

        Assert.True(result.IsFailure);
        Assert.Same(SomeError, result.Error);
    }

    [Fact]
    public void Failure_WithoutAnError_IsAProgrammingErrorAndThrows()
    {
        Assert.Throws<ArgumentNullException>(() => Result.Failure(null!));
    }
}
