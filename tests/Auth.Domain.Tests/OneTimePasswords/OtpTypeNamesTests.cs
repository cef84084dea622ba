using Auth.Domain.OneTimePasswords;

namespace Auth.Domain.Tests.OneTimePasswords;

public sealed class OtpTypeNamesTests
{
    [Theory]
    [InlineData(OtpType.SignIn, "signin")]
    [InlineData(OtpType.EmailVerification, "email-verification")]
    [InlineData(OtpType.PasswordReset, "password-reset")]
    [InlineData(OtpType.PasswordChange, "password-change")]
    public void Type_HasTheContractsWireName(OtpType type, string wireName)
    {
        Assert.Equal(wireName, type.ToWireName());
        Assert.True(OtpTypeNames.TryParse(wireName, out var parsed));
        Assert.Equal(type, parsed);
    }

    [Fact]
    public void EveryType_RoundTripsThroughItsWireName()
    {
        foreach (var type in Enum.GetValues<OtpType>())
        {
            Assert.True(OtpTypeNames.TryParse(type.ToWireName(), out var parsed), type.ToString());
            Assert.Equal(type, parsed);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SignIn")]
    [InlineData("sign-in")]
    [InlineData("email_verification")]
    [InlineData("0")]
    public void TryParse_WithAnUnknownName_Fails(string? value)
    {
        Assert.False(OtpTypeNames.TryParse(value, out _));
    }

    [Fact]
    public void ToWireName_OfAnUndefinedType_IsAProgrammingErrorAndThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((OtpType)42).ToWireName());
    }
}
