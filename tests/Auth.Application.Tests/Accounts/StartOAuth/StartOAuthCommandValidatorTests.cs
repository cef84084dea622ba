using Auth.Application.Accounts.StartOAuth;

namespace Auth.Application.Tests.Accounts.StartOAuth;

public sealed class StartOAuthCommandValidatorTests
{
    private static readonly Uri Callback = new("https://auth.example.com/api/v1/auth/oauth/google/callback");
    private readonly StartOAuthCommandValidator _validator = new();

    [Theory]
    [InlineData("https://app.example.com/cb", true)]
    [InlineData("com.example.app:/oauth", true)]
    [InlineData("", false)]
    [InlineData("/relative/cb", false)]
    [InlineData("not a uri", false)]
    public void RedirectUri_MustBeAnAbsoluteUri(string redirectUri, bool valid)
    {
        Assert.Equal(valid, _validator.Validate(new StartOAuthCommand("google", redirectUri, null, Callback, null)).IsValid);
    }

    [Fact]
    public void RedirectUri_AndAppState_AreBounded()
    {
        var longUri = "https://app.example.com/" + new string('a', StartOAuthCommandValidator.MaxRedirectUriLength);
        var longState = new string('s', StartOAuthCommandValidator.MaxAppStateLength + 1);

        Assert.False(_validator.Validate(new StartOAuthCommand("google", longUri, null, Callback, null)).IsValid);
        Assert.False(_validator.Validate(new StartOAuthCommand("google", "https://app.example.com/cb", longState, Callback, null)).IsValid);
        Assert.False(_validator.Validate(new StartOAuthCommand("google", "https://app.example.com/cb", "a\nb", Callback, null)).IsValid);
    }
}
