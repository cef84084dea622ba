using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.ResetPassword;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;

namespace Auth.Application.Tests.Users.ResetPassword;

public sealed class ResetPasswordCommandHandlerTests
{
    private const string NewPassword = "a brand new passphrase";

    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task ResetPassword_WithAWrongCode_ReturnsOtpInvalidAndKeepsThePassword()
    {
        var user = _fx.Given(UserBuilder.Verified());
        _fx.GivenCodeSent(user, OtpType.PasswordReset);

        (await Handle(new ResetPasswordCommand(UserBuilder.DefaultEmail, "999999", NewPassword))).ShouldFailWith(ErrorCodes.OtpInvalid);

        Assert.Equal(TestPasswordHash.Of(UserBuilder.DefaultPassword), user.PasswordHash);
    }

    [Fact]
    public async Task ResetPassword_WhenNoCodeWasSent_ReturnsOtpInvalid()
    {
        _fx.Given(UserBuilder.Verified());

        (await Handle(new ResetPasswordCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode, NewPassword)))
            .ShouldFailWith(ErrorCodes.OtpInvalid);
    }

    [Fact]
    public async Task ResetPassword_WithAnEmailVerificationCode_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        _fx.GivenCodeSent(user, OtpType.EmailVerification);

        (await Handle(new ResetPasswordCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode, NewPassword)))
            .ShouldFailWith(ErrorCodes.OtpInvalid);
    }

    [Fact]
    public async Task ResetPassword_WithTheMailedCode_ChangesThePassword()
    {
        var user = _fx.Given(UserBuilder.Verified());
        _fx.GivenCodeSent(user, OtpType.PasswordReset);

        (await Handle(new ResetPasswordCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode, NewPassword))).ShouldSucceed();

        Assert.Equal(TestPasswordHash.Of(NewPassword), user.PasswordHash);
    }

    [Fact]
    public async Task ResetPassword_OfALockedAccount_ClearsTheLockout()
    {
        var user = _fx.Given(UserBuilder.Verified().LockedOut());
        _fx.GivenCodeSent(user, OtpType.PasswordReset);

        (await Handle(new ResetPasswordCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode, NewPassword))).ShouldSucceed();

        Assert.False(user.IsLockedAt(_fx.Now));
        Assert.Equal(0, user.FailedSignInCount);
    }

    [Fact]
    public async Task ResetPassword_RevokesEverySessionAndRefreshToken()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var phone = await _fx.GivenSignedInWithTokensAsync(user);
        var browser = await _fx.GivenSignedInWithSessionTokenAsync(user);
        _fx.GivenCodeSent(user, OtpType.PasswordReset);

        (await Handle(new ResetPasswordCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode, NewPassword))).ShouldSucceed();

        Assert.All(_fx.Sessions.OfUser(user.Id), s => Assert.False(s.IsActive));
        Assert.Equal(SessionRevocationReason.PasswordChanged, _fx.SessionOf(phone).RevocationReason);
        Assert.Equal(SessionRevocationReason.PasswordChanged, _fx.SessionOf(browser).RevocationReason);
        Assert.All(_fx.Sessions.All, s => Assert.False(s.IsActive));
    }

    [Fact]
    public async Task ResetPassword_WithACodeAlreadyUsed_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Verified());
        _fx.GivenCodeSent(user, OtpType.PasswordReset);
        (await Handle(new ResetPasswordCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode, NewPassword))).ShouldSucceed();

        (await Handle(new ResetPasswordCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode, "yet another passphrase")))
            .ShouldFailWith(ErrorCodes.OtpInvalid);

        Assert.Equal(TestPasswordHash.Of(NewPassword), user.PasswordHash);
    }

    private async Task<Result> Handle(ResetPasswordCommand command) =>
        await new ResetPasswordCommandHandler(_fx.Users, _fx.Sessions, _fx.OtpVerifier, _fx.Hasher, _fx.Clock)
            .Handle(command, HandlerFixture.Ct);
}
