using Auth.Application.Users.Passwords;

namespace Auth.Application.Tests.Users.Passwords;

public sealed class CommonPasswordsTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("PassWord")]
    [InlineData("qwertyuiop")]
    [InlineData("1QAZ2wsx")]
    public void TheMostCommonPasswords_AreRefused_InAnyCase(string password)
    {
        Assert.True(CommonPasswords.Contains(password));
    }

    [Fact]
    public void TheListReachesBeyondTheTopThousand_IntoTheTopTenThousand()
    {
        Assert.True(CommonPasswords.Contains("hawkwind"));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("an entirely new passphrase")]
    public void APassphrase_IsNotInTheList(string password)
    {
        Assert.False(CommonPasswords.Contains(password));
    }
}
