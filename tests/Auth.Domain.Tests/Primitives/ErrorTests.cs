using Auth.Domain.Primitives;

namespace Auth.Domain.Tests.Primitives;

public sealed class ErrorTests
{
    private static Error NewError() => new("account_locked", "Locked.", ErrorKind.Locked);

    [Fact]
    public void NewError_HasNoDetails()
    {
        Assert.Empty(NewError().Details);
    }

    [Fact]
    public void WithDetail_ReturnsACopyCarryingTheDetail()
    {
        var original = NewError();

        var detailed = original.WithDetail("lockedUntil", TestMoment);

        Assert.Equal(TestMoment, Assert.IsType<DateTimeOffset>(detailed.Details["lockedUntil"]));
        Assert.Equal(original.Code, detailed.Code);
        Assert.Equal(original.Description, detailed.Description);
        Assert.Equal(original.Kind, detailed.Kind);
    }

    [Fact]
    public void WithDetail_DoesNotMutateTheOriginal()
    {
        var original = NewError().WithDetail("field", "email");

        _ = original.WithDetail("lockedUntil", TestMoment);
        _ = original.WithDetail("field", "name");

        var detail = Assert.Single(original.Details);
        Assert.Equal("field", detail.Key);
        Assert.Equal("email", detail.Value);
    }

    [Fact]
    public void WithDetail_Chained_KeepsEarlierDetails()
    {
        var error = NewError().WithDetail("a", 1).WithDetail("b", 2);

        Assert.Equal(2, error.Details.Count);
        Assert.Equal(1, error.Details["a"]);
        Assert.Equal(2, error.Details["b"]);
    }

    [Fact]
    public void WithDetail_WithAnExistingName_ReplacesTheValueInTheCopyOnly()
    {
        var original = NewError().WithDetail("field", "email");

        var replaced = original.WithDetail("field", "name");

        Assert.Equal("name", replaced.Details["field"]);
        Assert.Equal("email", original.Details["field"]);
    }

    private static DateTimeOffset TestMoment => new(2025, 3, 2, 12, 0, 0, TimeSpan.Zero);
}
