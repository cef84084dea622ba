using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.ForgotPassword;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.ForgotPassword;

public sealed class ForgotPasswordCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task ForgotPassword_ForAnExistingUser_MailsAPasswordResetCode()
    {
        _fx.Given(UserBuilder.Verified());

        (await Handle(new ForgotPasswordCommand(" ADA@example.com"))).ShouldSucceed();

        var mail = Assert.Single(_fx.Mail.Sent);
        Assert.Equal(UserBuilder.DefaultEmail, mail.To);
        Assert.Equal("Reset your password", mail.Subject);
        Assert.NotNull(_fx.Otps.Latest(UserBuilder.DefaultEmail, OtpType.PasswordReset));
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownEmail_SucceedsWithoutMail()
    {
        (await Handle(new ForgotPasswordCommand("nobody@example.com"))).ShouldSucceed();

        Assert.Empty(_fx.Mail.Sent);
    }

    [Fact]
    public async Task ForgotPassword_ForAProviderAccountWithoutPassword_SucceedsWithoutMail()
    {
        _fx.Given(UserBuilder.FromProvider(AuthProvider.GitHub));

        (await Handle(new ForgotPasswordCommand(UserBuilder.DefaultEmail))).ShouldSucceed();

        Assert.Empty(_fx.Mail.Sent);
    }

    [Fact]
    public async Task ForgotPassword_ForADeletedAccount_SucceedsWithoutMail()
    {
        _fx.Given(UserBuilder.Verified().Deleted());

        (await Handle(new ForgotPasswordCommand(UserBuilder.DefaultEmail))).ShouldSucceed();

        Assert.Empty(_fx.Mail.Sent);
    }

    [Fact]
    public async Task ForgotPassword_AskedTwiceWithinAMinute_SucceedsBothTimesWithOneMail()
    {
        _fx.Given(UserBuilder.Verified());
        (await Handle(new ForgotPasswordCommand(UserBuilder.DefaultEmail))).ShouldSucceed();

        (await Handle(new ForgotPasswordCommand(UserBuilder.DefaultEmail))).ShouldSucceed();

        Assert.Single(_fx.Mail.Sent);
    }

    private async Task<Result> Handle(ForgotPasswordCommand command) =>
        await new ForgotPasswordCommandHandler(_fx.Users, _fx.OtpSender, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
