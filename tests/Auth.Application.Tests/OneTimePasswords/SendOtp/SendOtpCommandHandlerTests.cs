using Auth.Application.OneTimePasswords.SendOtp;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;

namespace Auth.Application.Tests.OneTimePasswords.SendOtp;

public sealed class SendOtpCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task SendOtp_ToAnUnknownEmail_SucceedsWithTheNextResendTimeAndSendsNoMail()
    {
        var nextResend = (await Handle(new SendOtpCommand("nobody@example.com", OtpTypeNames.SignIn))).ShouldSucceed();

        Assert.Equal(_fx.Now + TimeSpan.FromMinutes(1), nextResend);
        Assert.Empty(_fx.Mail.Sent);
        Assert.Empty(_fx.Otps.All);
    }

    [Theory]
    [InlineData("nobody@example.com")]
    [InlineData(UserBuilder.DefaultEmail)]
    public async Task SendOtp_CostsOneCodeGeneratedAndHashed_WhetherOrNotTheEmailHasAnAccount(string email)
    {
        _fx.Given(UserBuilder.Verified());

        (await Handle(new SendOtpCommand(email, OtpTypeNames.SignIn))).ShouldSucceed();

        Assert.Equal(1, _fx.CodeHasher.Hashes);
    }

    [Fact]
    public async Task SendOtp_ToAnEligibleUser_MailsTheCode()
    {
        _fx.Given(UserBuilder.Verified());

        var nextResend = (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.SignIn))).ShouldSucceed();

        Assert.Equal(_fx.Now + TimeSpan.FromMinutes(1), nextResend);
        var mail = Assert.Single(_fx.Mail.Sent);
        Assert.Equal(UserBuilder.DefaultEmail, mail.To);
        Assert.Equal("Your sign-in code", mail.Subject);
        Assert.Contains(FixedOtpCodeGenerator.DefaultCode, mail.TextBody, StringComparison.Ordinal);
        Assert.NotNull(_fx.Otps.Latest(UserBuilder.DefaultEmail, OtpType.SignIn));
    }

    [Fact]
    public async Task SendOtp_WhenAskedAgainWithinAMinute_ReturnsOtpResendCooldownAndSendsNoSecondMail()
    {
        _fx.Given(UserBuilder.Verified());
        var firstAnswer = (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.SignIn))).ShouldSucceed();
        _fx.Clock.Advance(TimeSpan.FromSeconds(59));

        var error = (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.SignIn))).ShouldFailWith(ErrorCodes.OtpResendCooldown);

        Assert.Equal(firstAnswer, error.Detail<DateTimeOffset>("nextResendAllowedAt"));
        Assert.Single(_fx.Mail.Sent);
    }

    [Fact]
    public async Task SendOtp_WhenAskedAgainAfterAMinute_MailsANewCodeThatReplacesTheFirst()
    {
        _fx.Given(UserBuilder.Verified());
        (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.SignIn))).ShouldSucceed();
        var first = _fx.Otps.Latest(UserBuilder.DefaultEmail, OtpType.SignIn)!;
        _fx.Clock.Advance(TimeSpan.FromMinutes(1));

        (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.SignIn))).ShouldSucceed();

        Assert.Equal(2, _fx.Mail.Sent.Count);
        Assert.True(first.IsSuperseded);
    }

    [Fact]
    public async Task SendOtp_ForAnAccountThatMayNotHaveThatCode_LeavesItsPendingCodeAsItWas()
    {
        var user = _fx.Given(UserBuilder.Verified().WithTwoFactor());
        var pending = _fx.GivenCodeSent(user, OtpType.SignIn);
        _fx.Clock.Advance(TimeSpan.FromMinutes(1));

        (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.SignIn))).ShouldSucceed();

        Assert.False(pending.IsSuperseded);
        Assert.Same(pending, _fx.Otps.Latest(UserBuilder.DefaultEmail, OtpType.SignIn));
    }

    [Fact]
    public async Task SendOtp_ForEmailVerificationOfAnAlreadyVerifiedUser_SendsNoMail()
    {
        _fx.Given(UserBuilder.Verified());

        var nextResend = (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.EmailVerification))).ShouldSucceed();

        Assert.Equal(_fx.Now + TimeSpan.FromMinutes(1), nextResend);
        Assert.Empty(_fx.Mail.Sent);
    }

    [Fact]
    public async Task SendOtp_ForEmailVerificationOfAnUnverifiedUser_MailsTheCode()
    {
        _fx.Given(UserBuilder.Unverified());

        (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.EmailVerification))).ShouldSucceed();

        Assert.Equal("Verify your email address", Assert.Single(_fx.Mail.Sent).Subject);
    }

    [Fact]
    public async Task SendOtp_ToADeletedAccount_SendsNoMail()
    {
        _fx.Given(UserBuilder.Verified().Deleted());

        (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.SignIn))).ShouldSucceed();

        Assert.Empty(_fx.Mail.Sent);
    }

    [Fact]
    public async Task SendOtp_ForSignInToALockedAccount_SendsNoMail()
    {
        _fx.Given(UserBuilder.Verified().LockedOut());

        (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.SignIn))).ShouldSucceed();

        Assert.Empty(_fx.Mail.Sent);
    }

    [Fact]
    public async Task SendOtp_ForPasswordResetOfAProviderAccount_SendsNoMail()
    {
        _fx.Given(UserBuilder.FromProvider(Domain.Users.AuthProvider.Google));

        (await Handle(new SendOtpCommand(UserBuilder.DefaultEmail, OtpTypeNames.PasswordReset))).ShouldSucceed();

        Assert.Empty(_fx.Mail.Sent);
    }

    private async Task<Result<DateTimeOffset>> Handle(SendOtpCommand command) =>
        await new SendOtpCommandHandler(_fx.Users, _fx.OtpSender, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
