using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.RequestPasswordChange;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.RequestPasswordChange;

public sealed class RequestPasswordChangeCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task RequestPasswordChange_MailsAPasswordChangeCode()
    {
        var user = _fx.Given(UserBuilder.Verified());

        var nextResend = (await Handle(new RequestPasswordChangeCommand(user.Id))).ShouldSucceed();

        Assert.Equal(_fx.Now + TimeSpan.FromMinutes(1), nextResend);
        var mail = Assert.Single(_fx.Mail.Sent);
        Assert.Equal(UserBuilder.DefaultEmail, mail.To);
        Assert.Equal("Confirm your password change", mail.Subject);
        Assert.NotNull(_fx.Otps.Latest(UserBuilder.DefaultEmail, OtpType.PasswordChange));
    }

    [Fact]
    public async Task RequestPasswordChange_TwiceWithinAMinute_ReturnsOtpResendCooldown()
    {
        var user = _fx.Given(UserBuilder.Verified());
        (await Handle(new RequestPasswordChangeCommand(user.Id))).ShouldSucceed();

        (await Handle(new RequestPasswordChangeCommand(user.Id))).ShouldFailWith(ErrorCodes.OtpResendCooldown);

        Assert.Single(_fx.Mail.Sent);
    }

    [Fact]
    public async Task RequestPasswordChange_ForAProviderAccountWithoutPassword_ReturnsPasswordNotSet()
    {
        var user = _fx.Given(UserBuilder.FromProvider(AuthProvider.Google));

        (await Handle(new RequestPasswordChangeCommand(user.Id))).ShouldFailWith("password_not_set");

        Assert.Empty(_fx.Mail.Sent);
    }

    [Fact]
    public async Task RequestPasswordChange_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new RequestPasswordChangeCommand(UserId.New(_fx.Now)))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result<DateTimeOffset>> Handle(RequestPasswordChangeCommand command) =>
        await new RequestPasswordChangeCommandHandler(_fx.Users, _fx.OtpSender, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
