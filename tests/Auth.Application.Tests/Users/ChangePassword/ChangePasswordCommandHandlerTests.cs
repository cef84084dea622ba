using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.ChangePassword;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.ChangePassword;

public sealed class ChangePasswordCommandHandlerTests
{
    private const string NewPassword = "a brand new passphrase";

    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentPassword_ReturnsInvalidCredentialsAndLeavesTheCodeUntouched()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var current = await _fx.GivenSignedInWithTokensAsync(user);
        var code = _fx.GivenCodeSent(user, OtpType.PasswordChange);

        (await Handle(Change(user, current.SessionId, "not my password", FixedOtpCodeGenerator.DefaultCode)))
            .ShouldFailWith(ErrorCodes.InvalidCredentials);

        Assert.Equal(TestPasswordHash.Of(UserBuilder.DefaultPassword), user.PasswordHash);
        Assert.Equal(0, code.Attempts);
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCode_ReturnsOtpInvalidAndKeepsThePassword()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var current = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.GivenCodeSent(user, OtpType.PasswordChange);

        (await Handle(Change(user, current.SessionId, UserBuilder.DefaultPassword, "999999"))).ShouldFailWith(ErrorCodes.OtpInvalid);

        Assert.Equal(TestPasswordHash.Of(UserBuilder.DefaultPassword), user.PasswordHash);
    }

    [Fact]
    public async Task ChangePassword_WithAPasswordResetCode_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var current = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.GivenCodeSent(user, OtpType.PasswordReset);

        (await Handle(Change(user, current.SessionId, UserBuilder.DefaultPassword, FixedOtpCodeGenerator.DefaultCode)))
            .ShouldFailWith(ErrorCodes.OtpInvalid);
    }

    [Fact]
    public async Task ChangePassword_WithTheRightPasswordAndCode_ChangesThePassword()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var current = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.GivenCodeSent(user, OtpType.PasswordChange);

        (await Handle(Change(user, current.SessionId, UserBuilder.DefaultPassword, FixedOtpCodeGenerator.DefaultCode))).ShouldSucceed();

        Assert.Equal(TestPasswordHash.Of(NewPassword), user.PasswordHash);
    }

    [Fact]
    public async Task ChangePassword_KeepsTheCurrentSessionAndRevokesEveryOther()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var current = await _fx.GivenSignedInWithTokensAsync(user);
        var otherDevice = await _fx.GivenSignedInWithTokensAsync(user);
        var otherBrowser = await _fx.GivenSignedInWithSessionTokenAsync(user);
        _fx.GivenCodeSent(user, OtpType.PasswordChange);

        (await Handle(Change(user, current.SessionId, UserBuilder.DefaultPassword, FixedOtpCodeGenerator.DefaultCode))).ShouldSucceed();

        Assert.True(_fx.SessionOf(current).IsActiveAt(_fx.Now));
        Assert.True(_fx.Sessions.Get(current.SessionId).IsActive);
        Assert.Equal(SessionRevocationReason.PasswordChanged, _fx.SessionOf(otherDevice).RevocationReason);
        Assert.Equal(SessionRevocationReason.PasswordChanged, _fx.SessionOf(otherBrowser).RevocationReason);
        Assert.False(_fx.Sessions.Get(otherDevice.SessionId).IsActive);
    }

    [Fact]
    public async Task ChangePassword_OfAProviderAccountWithoutPassword_ReturnsPasswordNotSet()
    {
        var user = _fx.Given(UserBuilder.FromProvider(AuthProvider.GitHub));
        var current = await _fx.GivenSignedInWithTokensAsync(user);

        (await Handle(Change(user, current.SessionId, "whatever it is", FixedOtpCodeGenerator.DefaultCode))).ShouldFailWith("password_not_set");

        Assert.Null(user.PasswordHash);
    }

    [Fact]
    public async Task ChangePassword_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new ChangePasswordCommand(UserId.New(_fx.Now), SessionId.New(_fx.Now), UserBuilder.DefaultPassword, NewPassword,
            FixedOtpCodeGenerator.DefaultCode))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private static ChangePasswordCommand Change(User user, Guid currentSessionId, string currentPassword, string code) =>
        new(user.Id, new SessionId(currentSessionId), currentPassword, NewPassword, code);

    private async Task<Result> Handle(ChangePasswordCommand command) =>
        await new ChangePasswordCommandHandler(_fx.Users, _fx.Sessions, _fx.Hasher, _fx.OtpVerifier, _fx.Settings, _fx.Clock)
            .Handle(command, HandlerFixture.Ct);
}
