using Auth.Application.Abstractions;
using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.SignUp;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.SignUp;

public sealed class SignUpCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task SignUp_WithNewEmail_ReturnsTheNewUnverifiedUser()
    {
        var dto = (await Handle(new SignUpCommand("  Grace Hopper ", "  Grace@Example.COM ", "a long passphrase"))).ShouldSucceed();

        Assert.Equal("Grace Hopper", dto.Name);
        Assert.Equal("grace@example.com", dto.Email);
        Assert.Equal("user", dto.Role);
        Assert.Equal("local", dto.Provider);
        Assert.False(dto.IsEmailVerified);
        Assert.Equal(_fx.Now, dto.CreatedAt);
        var stored = Assert.Single(_fx.Users.All);
        Assert.Equal(dto.Id, stored.Id.Value);
        Assert.Equal(TestPasswordHash.Of("a long passphrase"), stored.PasswordHash);
    }

    [Fact]
    public async Task SignUp_WithNewEmail_MailsAnEmailVerificationCode()
    {
        (await Handle(new SignUpCommand("Grace", "grace@example.com", "a long passphrase"))).ShouldSucceed();

        var mail = Assert.Single(_fx.Mail.Sent);
        Assert.Equal("grace@example.com", mail.To);
        Assert.Equal("Verify your email address", mail.Subject);
        Assert.Contains(FixedOtpCodeGenerator.DefaultCode, mail.TextBody, StringComparison.Ordinal);
        var code = _fx.Otps.Latest("grace@example.com", OtpType.EmailVerification);
        Assert.NotNull(code);
        Assert.Equal(_fx.Now + AuthDefaults.OtpLifetime, code.ExpiresAt);
    }

    [Theory]
    [InlineData(UserBuilder.DefaultEmail)]
    [InlineData("  ADA@Example.com ")]
    public async Task SignUp_WhenEmailIsTaken_ReturnsEmailTakenAndSendsNothing(string email)
    {
        _fx.Given(UserBuilder.Verified());

        (await Handle(new SignUpCommand("Someone Else", email, "a long passphrase"))).ShouldFailWith(ErrorCodes.EmailTaken);

        Assert.Single(_fx.Users.All);
        Assert.Empty(_fx.Mail.Sent);
    }

    [Fact]
    public async Task SignUp_WithTheBootstrapAdminEmail_IsAPlainUserUntilTheMailboxIsProved()
    {
        var fx = new HandlerFixture(new AuthSettings { BootstrapAdmin = new BootstrapAdminPolicy(" Boss@Example.com ") });

        var dto = (await Handle(fx, new SignUpCommand("The Boss", "boss@example.com", "a long passphrase"))).ShouldSucceed();

        Assert.Equal("user", dto.Role);
        Assert.Equal(Role.User, Assert.Single(fx.Users.All).Role);
    }

    [Fact]
    public async Task SignUp_WithAnotherEmail_WhenABootstrapAdminIsConfigured_GetsTheUserRole()
    {
        var fx = new HandlerFixture(new AuthSettings { BootstrapAdmin = new BootstrapAdminPolicy("boss@example.com") });

        var dto = (await Handle(fx, new SignUpCommand("Not The Boss", "staff@example.com", "a long passphrase"))).ShouldSucceed();

        Assert.Equal("user", dto.Role);
    }

    private Task<Result<Application.Users.UserDto>> Handle(SignUpCommand command) => Handle(_fx, command);

    private static async Task<Result<Application.Users.UserDto>> Handle(HandlerFixture fx, SignUpCommand command) =>
        await new SignUpCommandHandler(fx.Users, fx.Hasher, fx.OtpSender, fx.Clock, fx.Mapper).Handle(command, HandlerFixture.Ct);
}
