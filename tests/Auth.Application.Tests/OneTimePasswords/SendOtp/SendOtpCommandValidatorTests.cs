using Auth.Application.OneTimePasswords.SendOtp;

namespace Auth.Application.Tests.OneTimePasswords.SendOtp;

public sealed class SendOtpCommandValidatorTests
{
    private readonly SendOtpCommandValidator _validator = new();

    [Theory]
    [InlineData("email-verification")]
    [InlineData("signin")]
    [InlineData("password-reset")]
    public void SendOtp_WithAPublicType_IsValid(string type) =>
        Assert.True(_validator.Validate(new SendOtpCommand("ada@example.com", type)).IsValid);

    [Theory]
    [InlineData("password-change")]
    [InlineData("sign-in")]
    [InlineData("SIGNIN")]
    [InlineData("EmailVerification")]
    [InlineData("")]
    [InlineData(null)]
    public void SendOtp_WithAnyOtherType_RefusesTheType(string? type)
    {
        var result = _validator.Validate(new SendOtpCommand("ada@example.com", type!));

        Assert.Equal("Type", Assert.Single(result.Errors).PropertyName);
    }

    [Fact]
    public void SendOtp_WithAMalformedEmail_RefusesTheEmail() =>
        Assert.Equal("Email", Assert.Single(_validator.Validate(new SendOtpCommand("ada@", "signin")).Errors).PropertyName);
}
