using Auth.Domain.Accounts;

namespace Auth.Domain.Tests.Accounts;

public sealed class RedirectUriAllowListTests
{
    private static readonly RedirectUriAllowList AllowList = new(["https://app.example.com/cb", " com.example.app:/oauth ", ""]);

    [Theory]
    [InlineData("https://app.example.com/cb", true)]
    [InlineData("com.example.app:/oauth", true)]
    [InlineData("https://app.example.com/cb/", false)]
    [InlineData("https://app.example.com/cb?x=1", false)]
    [InlineData("https://APP.example.com/cb", false)]
    [InlineData("https://app.example.com/c", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Allows_OnlyAnExactMatch(string? uri, bool allowed)
    {
        Assert.Equal(allowed, AllowList.Allows(uri));
    }

    [Fact]
    public void Empty_AllowsNothing()
    {
        Assert.False(RedirectUriAllowList.Empty.Allows("https://app.example.com/cb"));
    }
}
