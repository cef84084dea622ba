using Auth.Domain.Accounts;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Accounts;

public sealed class ProviderIdentityTests
{
    private static readonly EmailAddress Email = EmailAddress.Create("mona.lisa@example.com").Value;

    [Theory]
    [InlineData("Mona Lisa", "octocat", "Mona Lisa")]
    [InlineData(null, "octocat", "octocat")]
    [InlineData("   ", "octocat", "octocat")]
    [InlineData(null, null, "mona.lisa")]
    public void DisplayName_IsTheName_ElseTheLogin_ElseTheEmailsLocalPart(string? name, string? login, string expected)
    {
        var identity = new ProviderIdentity(AuthProvider.GitHub, "1", Email, true, name, login);

        Assert.Equal(expected, identity.DisplayName().Value);
    }

    [Fact]
    public void DisplayName_OfANameTooLong_FallsBack()
    {
        var identity = new ProviderIdentity(AuthProvider.GitHub, "1", Email, true, new string('x', 101), "octocat");

        Assert.Equal("octocat", identity.DisplayName().Value);
    }

    [Fact]
    public void VerifiedEmail_IsOnlyThereWhenTheProviderVouchesForIt()
    {
        Assert.Equal(Email, new ProviderIdentity(AuthProvider.Google, "1", Email, true, null).VerifiedEmail);
        Assert.Null(new ProviderIdentity(AuthProvider.Google, "1", Email, false, null).VerifiedEmail);
    }
}
