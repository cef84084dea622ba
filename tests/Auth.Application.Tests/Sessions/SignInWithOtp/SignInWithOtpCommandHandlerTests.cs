using Auth.Application.Sessions;
using Auth.Application.Sessions.SignIn;
using Auth.Application.Sessions.SignInWithOtp;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;

namespace Auth.Application.Tests.Sessions.SignInWithOtp;

public sealed class SignInWithOtpCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task SignInWithOtp_WithTheMailedCode_ReturnsTokensAndStartsASession()
    {
        var user = _fx.Given(UserBuilder.Verified());
        _fx.GivenCodeSent(user, OtpType.SignIn);

        var outcome = (await Handle(SignIn(FixedOtpCodeGenerator.DefaultCode))).ShouldSucceed();

        var tokens = Assert.IsType<TokenPair>(outcome.Tokens);
        Assert.Equal(user.Id.Value, tokens.User.Id);
        Assert.True(_fx.Sessions.Get(tokens.SessionId).IsActiveAt(_fx.Now));
        Assert.Single(_fx.AllRefreshTokens);
        Assert.Equal(_fx.Now, user.LastSignInAt);
    }

    [Fact]
    public async Task SignInWithOtp_InSessionMode_ReturnsASessionToken()
    {
        var user = _fx.Given(UserBuilder.Verified());
        _fx.GivenCodeSent(user, OtpType.SignIn);

        var outcome = (await Handle(SignIn(FixedOtpCodeGenerator.DefaultCode, SignInMode.Session))).ShouldSucceed();

        var grant = Assert.IsType<SessionTokenGrant>(outcome.Session);
        Assert.Equal(_fx.OpaqueTokens.Hash(grant.SessionToken), _fx.Sessions.Get(grant.SessionId).TokenHash);
        Assert.Empty(_fx.AllRefreshTokens);
    }

    [Fact]
    public async Task SignInWithOtp_ForAnUnverifiedUser_VerifiesTheEmail()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        _fx.GivenCodeSent(user, OtpType.SignIn);

        var outcome = (await Handle(SignIn(FixedOtpCodeGenerator.DefaultCode))).ShouldSucceed();

        Assert.True(user.IsEmailVerified);
        Assert.True(outcome.Tokens!.User.IsEmailVerified);
    }

    [Fact]
    public async Task SignInWithOtp_AsTheFirstProofOfTheMailbox_DiscardsThePasswordAndEndsTheSessionsItMade()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        var strangers = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.GivenCodeSent(user, OtpType.SignIn);

        var outcome = (await Handle(SignIn(FixedOtpCodeGenerator.DefaultCode))).ShouldSucceed();

        Assert.False(user.HasPassword);
        Assert.False(_fx.SessionOf(strangers).IsActiveAt(_fx.Now));
        Assert.True(_fx.Sessions.Get(outcome.Tokens!.SessionId).IsActiveAt(_fx.Now));
    }

    [Fact]
    public async Task SignInWithOtp_OnAVerifiedAccount_KeepsThePasswordAndOtherSessions()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var other = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.GivenCodeSent(user, OtpType.SignIn);

        (await Handle(SignIn(FixedOtpCodeGenerator.DefaultCode))).ShouldSucceed();

        Assert.True(user.HasPassword);
        Assert.True(_fx.SessionOf(other).IsActiveAt(_fx.Now));
    }

    [Fact]
    public async Task SignInWithOtp_WithAWrongCode_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Verified());
        _fx.GivenCodeSent(user, OtpType.SignIn);

        (await Handle(SignIn("000000"))).ShouldFailWith(ErrorCodes.OtpInvalid);

        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task SignInWithOtp_ForAnUnknownEmail_ReturnsOtpInvalid()
    {
        (await Handle(new SignInWithOtpCommand("nobody@example.com", FixedOtpCodeGenerator.DefaultCode, SignInMode.Token, ClientInfo.Unknown)))
            .ShouldFailWith(ErrorCodes.OtpInvalid);
    }

    [Fact]
    public async Task SignInWithOtp_WithAPasswordResetCode_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Verified());
        _fx.GivenCodeSent(user, OtpType.PasswordReset);

        (await Handle(SignIn(FixedOtpCodeGenerator.DefaultCode))).ShouldFailWith(ErrorCodes.OtpInvalid);
    }

    [Fact]
    public async Task SignInWithOtp_WhenTheAccountWasDeletedAfterTheCodeWasSent_ReturnsAccountDeleted()
    {
        var user = _fx.Given(UserBuilder.Verified());
        _fx.GivenCodeSent(user, OtpType.SignIn);
        user.SoftDelete(_fx.Now, _fx.Settings.Reactivation);

        (await Handle(SignIn(FixedOtpCodeGenerator.DefaultCode))).ShouldFailWith(ErrorCodes.AccountDeleted);

        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task SignInWithOtp_AfterAPasswordWithTwoFactor_CompletesTheSignIn()
    {
        var user = _fx.Given(UserBuilder.Verified().WithTwoFactor().WithFailedSignIns(2));
        var firstStep = await new SignInCommandHandler(_fx.CredentialCheck, _fx.Hasher, _fx.SignInCompletion, _fx.Settings, _fx.Clock)
            .Handle(new SignInCommand(UserBuilder.DefaultEmail, UserBuilder.DefaultPassword, SignInMode.Token, ClientInfo.Unknown), HandlerFixture.Ct);
        Assert.True(firstStep.ShouldSucceed().TwoFactorRequired);
        _fx.Clock.Advance(TimeSpan.FromSeconds(30));

        var outcome = (await Handle(SignIn(FixedOtpCodeGenerator.DefaultCode))).ShouldSucceed();

        Assert.NotNull(outcome.Tokens);
        Assert.Equal(0, user.FailedSignInCount);
        Assert.Equal(_fx.Now, user.LastSignInAt);
    }

    private static SignInWithOtpCommand SignIn(string code, SignInMode mode = SignInMode.Token) =>
        new(UserBuilder.DefaultEmail, code, mode, ClientInfo.Unknown);

    private async Task<Result<SignInOutcome>> Handle(SignInWithOtpCommand command) =>
        await new SignInWithOtpCommandHandler(_fx.Users, _fx.Sessions, _fx.OtpVerifier, _fx.SignInCompletion, _fx.Settings, _fx.Clock).Handle(command, HandlerFixture.Ct);
}
