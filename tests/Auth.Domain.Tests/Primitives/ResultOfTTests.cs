using Auth.Domain.Primitives;

namespace Auth.Domain.Tests.Primitives;

public sealed class ResultOfTTests
{
    private static readonly Error SomeError = new("some_code", "Something expected went wrong.", ErrorKind.NotFound);

    [Fact]
    public void From_GivesASuccessWhoseValueCanBeRead()
    {
        var result = Result<int>.From(42);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Error);
        Assert.Equal(42, result.Value);
    }

    [Fact]
    public void ImplicitConversionFromValue_GivesASuccessWithThatValue()
    {
        Result<string> result = "hello";

        Assert.True(result.IsSuccess);
        Assert.Equal("hello", result.Value);
    }

    [Fact]
    public void ImplicitConversionFromError_GivesAFailureWithThatError()
    {
        Result<string> result = SomeError;

        Assert.True(result.IsFailure);
        Assert.Same(SomeError, result.Error);
    }

    [Fact]
    public void Failure_CarriesItsError()
    {
        var result = Result<int>.Failure(SomeError);

        Assert.True(result.IsFailure);
        Assert.Same(SomeError, result.Error);
    }

    [Fact]
    public void Value_OfAFailure_ThrowsInvalidOperationExceptionNamingTheCode()
    {
        Result<int> result = SomeError;

        var exception = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("some_code", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_WithoutAnError_IsAProgrammingErrorAndThrows()
    {
        Assert.Throws<ArgumentNullException>(() => Result<int>.Failure(null!));
    }

    [Fact]
    public void GenericResult_IsUsableWhereAPlainResultIsExpected()
    {
        Result plain = Result<int>.From(1);

        Assert.True(plain.IsSuccess);
    }
}
