using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.BeginTotpEnrolment;
using Auth.Application.Users.ConfirmTotp;
using Auth.Application.Users.DisableTotp;
using Auth.Application.Users.RegenerateRecoveryCodes;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.Authenticator;

/// <summary>Enrolment, confirmation, turning off and new recovery codes, with fakes for the RFC 6238 library and the hasher.</summary>
public sealed class AuthenticatorCommandHandlersTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task Begin_WithThePassword_HandsOutTheSecretItsUriAndQrCode_AndKeepsItEncryptedAndPending()
    {
        var user = _fx.Given(UserBuilder.Verified());

        var enrolment = (await Begin(user, UserBuilder.DefaultPassword)).ShouldSucceed();

        Assert.Equal(FakeTotpAuthenticator.Secret, enrolment.Secret);
        Assert.Equal($"otpauth://totp/Auth:{UserBuilder.DefaultEmail}?secret={FakeTotpAuthenticator.Secret}", enrolment.OtpauthUri);
        Assert.Contains(enrolment.OtpauthUri, enrolment.QrSvg, StringComparison.Ordinal);
        Assert.Equal($"enc[totp:{user.Id}]({FakeTotpAuthenticator.Secret})", user.PendingTotpSecret);
        Assert.False(user.TotpEnabled);
    }

    [Fact]
    public async Task Begin_WithAWrongPassword_IsRefusedAndCountsTowardsTheLock()
    {
        var user = _fx.Given(UserBuilder.Verified());

        (await Begin(user, "not my password")).ShouldFailWith(ErrorCodes.InvalidCredentials);

        Assert.Equal(1, user.FailedSignInCount);
        Assert.Null(user.PendingTotpSecret);
    }

    [Fact]
    public async Task Begin_ForAProviderAccount_NeedsNoPassword()
    {
        var user = _fx.Given(UserBuilder.FromProvider(AuthProvider.GitHub));

        (await Begin(user, null)).ShouldSucceed();

        Assert.NotNull(user.PendingTotpSecret);
    }

    [Fact]
    public async Task Confirm_WithACodeOfThePendingSecret_TurnsItOnAndHandsOutTenRecoveryCodesKeptOnlyAsHashes()
    {
        var user = _fx.Given(UserBuilder.Verified());
        await Begin(user, UserBuilder.DefaultPassword);

        var codes = (await Confirm(user, FakeTotpAuthenticator.CodeAt(_fx.Now))).ShouldSucceed().RecoveryCodes;

        Assert.True(user.TotpEnabled);
        Assert.Equal(10, codes.Count);
        Assert.Equal(codes.Select(c => _fx.RecoveryCodeHasher.Hash(user.Id, c)), user.RecoveryCodes.Hashes);
    }

    [Fact]
    public async Task Confirm_WithAWrongCode_LeavesItOff()
    {
        var user = _fx.Given(UserBuilder.Verified());
        await Begin(user, UserBuilder.DefaultPassword);

        (await Confirm(user, "000000")).ShouldFailWith(ErrorCodes.TwoFactorInvalid);

        Assert.False(user.TotpEnabled);
    }

    [Fact]
    public async Task Disable_WithAnAuthenticatorCode_TurnsItOff()
    {
        var user = await EnabledAsync();
        _fx.Clock.Advance(TimeSpan.FromSeconds(30));

        (await Disable(user, password: null, FakeTotpAuthenticator.CodeAt(_fx.Now))).ShouldSucceed();

        Assert.False(user.TotpEnabled);
    }

    [Fact]
    public async Task Disable_WithAWrongPassword_LeavesItOn()
    {
        var user = await EnabledAsync();

        (await Disable(user, "not my password", code: null)).ShouldFailWith(ErrorCodes.InvalidCredentials);

        Assert.True(user.TotpEnabled);
    }

    [Fact]
    public async Task Regenerate_WithAnAuthenticatorCode_ReplacesTheRecoveryCodes()
    {
        var user = await EnabledAsync();
        var before = user.RecoveryCodes.Hashes;
        _fx.Clock.Advance(TimeSpan.FromSeconds(30));

        var codes = (await new RegenerateRecoveryCodesCommandHandler(_fx.Users, _fx.SecondFactorCodes, _fx.Clock)
            .Handle(new RegenerateRecoveryCodesCommand(user.Id, FakeTotpAuthenticator.CodeAt(_fx.Now)), HandlerFixture.Ct)).ShouldSucceed();

        Assert.Equal(10, codes.RecoveryCodes.Count);
        Assert.Empty(user.RecoveryCodes.Hashes.Intersect(before));
    }

    private async Task<User> EnabledAsync()
    {
        var user = _fx.Given(UserBuilder.Verified());
        await Begin(user, UserBuilder.DefaultPassword);
        (await Confirm(user, FakeTotpAuthenticator.CodeAt(_fx.Now))).ShouldSucceed();
        return user;
    }

    private async Task<Result<TotpEnrolmentDto>> Begin(User user, string? password) =>
        await new BeginTotpEnrolmentCommandHandler(_fx.Users, _fx.Hasher, _fx.SecondFactorCodes, _fx.Settings, _fx.Clock)
            .Handle(new BeginTotpEnrolmentCommand(user.Id, password), HandlerFixture.Ct);

    private async Task<Result<RecoveryCodesDto>> Confirm(User user, string code) =>
        await new ConfirmTotpCommandHandler(_fx.Users, _fx.SecondFactorCodes, _fx.Clock)
            .Handle(new ConfirmTotpCommand(user.Id, code), HandlerFixture.Ct);

    private async Task<Result> Disable(User user, string? password, string? code) =>
        await new DisableTotpCommandHandler(_fx.Users, _fx.Hasher, _fx.SecondFactorCodes, _fx.Settings, _fx.Clock)
            .Handle(new DisableTotpCommand(user.Id, password, code), HandlerFixture.Ct);
}
