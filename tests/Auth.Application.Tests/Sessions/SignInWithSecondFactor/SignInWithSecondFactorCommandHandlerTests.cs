using Auth.Application.Sessions;
using Auth.Application.Sessions.SignInWithSecondFactor;
using Auth.Application.Tests.TestSupport;
using Auth.Application.Users.ConfirmTotp;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Sessions.SignInWithSecondFactor;

public sealed class SignInWithSecondFactorCommandHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task SecondStep_WithTheAuthenticatorCode_StartsASessionAndUsesTheChallenge()
    {
        var (user, _) = await EnrolledAsync();
        var challenge = await FirstStepAsync(user);
        _fx.Clock.Advance(TimeSpan.FromSeconds(30));

        var outcome = (await Handle(challenge, "totp", FakeTotpAuthenticator.CodeAt(_fx.Now))).ShouldSucceed();

        Assert.NotNull(outcome.Tokens);
        Assert.NotNull(Assert.Single(_fx.Challenges.All).CompletedAt);
        Assert.Equal(_fx.Now, user.LastSignInAt);
    }

    [Fact]
    public async Task SecondStep_WithARecoveryCode_UsesItUp()
    {
        var (user, recoveryCodes) = await EnrolledAsync();

        (await Handle(await FirstStepAsync(user), "recovery", recoveryCodes[0])).ShouldSucceed();
        (await Handle(await FirstStepAsync(user), "recovery", recoveryCodes[0])).ShouldFailWith(ErrorCodes.TwoFactorInvalid);

        Assert.Equal(9, user.RecoveryCodes.Left);
    }

    [Fact]
    public async Task SecondStep_WithAMethodTheAccountDoesNotHave_IsAWrongCodeThatCounts()
    {
        var (user, _) = await EnrolledAsync();
        var challenge = await FirstStepAsync(user);

        (await Handle(challenge, "email", "123456")).ShouldFailWith(ErrorCodes.TwoFactorInvalid);

        Assert.Equal(1, Assert.Single(_fx.Challenges.All).FailedAttempts);
        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task SecondStep_WithAnUnknownChallenge_IsRefusedAndChangesNothing()
    {
        await EnrolledAsync();

        (await Handle("an-unknown-challenge-value-0000000000000000000", "totp", FakeTotpAuthenticator.CodeAt(_fx.Now)))
            .ShouldFailWith(ErrorCodes.TwoFactorChallengeInvalid);

        Assert.Empty(_fx.Sessions.All);
    }

    [Fact]
    public async Task SecondStep_AfterTheChallengeExpired_IsRefused()
    {
        var (user, _) = await EnrolledAsync();
        var challenge = await FirstStepAsync(user);
        _fx.Clock.Advance(TimeSpan.FromMinutes(5));

        (await Handle(challenge, "totp", FakeTotpAuthenticator.CodeAt(_fx.Now))).ShouldFailWith(ErrorCodes.TwoFactorChallengeInvalid);
    }

    [Fact]
    public async Task FirstStep_WithTheEmailedCodeAsTheOnlyFactor_OffersEmailAndMailsTheCode()
    {
        var user = _fx.Given(UserBuilder.Verified().WithTwoFactor());

        var challenge = await FirstStepOutcomeAsync(user);

        Assert.Equal(["email"], challenge.Methods);
        Assert.Single(_fx.Mail.Sent);
    }

    private async Task<(User User, IReadOnlyList<string> RecoveryCodes)> EnrolledAsync()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var (_, protectedSecret) = _fx.SecondFactorCodes.NewSecret(user.Id);
        user.BeginTotpEnrolment(protectedSecret, _fx.Now);
        var confirmed = await new ConfirmTotpCommandHandler(_fx.Users, _fx.SecondFactorCodes, _fx.Clock)
            .Handle(new ConfirmTotpCommand(user.Id, FakeTotpAuthenticator.CodeAt(_fx.Now)), HandlerFixture.Ct);
        return (user, confirmed.ShouldSucceed().RecoveryCodes);
    }

    private async Task<string> FirstStepAsync(User user) => (await FirstStepOutcomeAsync(user)).Challenge;

    private async Task<TwoFactorChallenge> FirstStepOutcomeAsync(User user)
    {
        var outcome = (await _fx.SignInCompletion.CompleteAsync(user, SignInStep.SecondFactorRequired, SignInMode.Token, ClientInfo.Unknown, _fx.Now, HandlerFixture.Ct))
            .ShouldSucceed();
        return outcome.Challenge!;
    }

    private async Task<Result<SignInOutcome>> Handle(string challenge, string method, string code) =>
        await new SignInWithSecondFactorCommandHandler(
                _fx.Challenges, _fx.Users, _fx.OpaqueTokens, _fx.SecondFactorCodes, _fx.OtpVerifier, _fx.SessionStarter, _fx.Clock)
            .Handle(new SignInWithSecondFactorCommand(challenge, method, code, SignInMode.Token, ClientInfo.Unknown), HandlerFixture.Ct);
}
