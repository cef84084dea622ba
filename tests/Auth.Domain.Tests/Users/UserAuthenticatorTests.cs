using Auth.Domain.Policies;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

/// <summary>The authenticator app's rules: enrolment, the ±1 step window, replay, recovery codes, and the methods they leave.</summary>
public sealed class UserAuthenticatorTests
{
    /// <summary>The start of a 30-second step, so that offsets land on known steps.</summary>
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(User.TotpStepAt(TestTime.Now) * 30);

    private static readonly long Step = User.TotpStepAt(Now);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(29.999, 0)]
    [InlineData(30, 1)]
    [InlineData(-0.001, -1)]
    public void TotpStepAt_CountsThirtySecondSteps(double offsetSeconds, long stepOffset)
    {
        Assert.Equal(Step + stepOffset, User.TotpStepAt(Now.AddSeconds(offsetSeconds)));
    }

    [Fact]
    public void Confirm_WithACodeOfTheCurrentStep_TurnsItOnWithTheRecoveryCodes()
    {
        var user = Pending();

        var result = user.ConfirmTotp(Step, Codes("h1", "h2"), Now);

        Assert.True(result.IsSuccess);
        Assert.True(user.TotpEnabled);
        Assert.Equal("enc-secret", user.TotpSecret);
        Assert.Null(user.PendingTotpSecret);
        Assert.Equal(Now, user.TotpEnabledAt);
        Assert.Equal(2, user.RecoveryCodes.Left);
        Assert.Equal(new UserTotpEnabled(user.Id, Now), Assert.Single(user.DomainEvents.OfType<UserTotpEnabled>()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2L)]
    [InlineData(-2L)]
    public void Confirm_WithAWrongCode_LeavesItOff(long? stepOffset)
    {
        var user = Pending();

        var result = user.ConfirmTotp(stepOffset is { } offset ? Step + offset : null, Codes("h1"), Now);

        Assert.Equal("two_factor_invalid", result.Error?.Code);
        Assert.False(user.TotpEnabled);
        Assert.Equal("enc-secret", user.PendingTotpSecret);
    }

    [Fact]
    public void Confirm_WithoutAnEnrolment_IsRefused()
    {
        var user = UserBuilder.Verified().Build(Now);

        Assert.Equal("totp_not_pending", user.ConfirmTotp(Step, Codes("h1"), Now).Error?.Code);
    }

    [Fact]
    public void Begin_WhileOn_IsRefused_AndASecondBeginWhilePendingReplacesTheSecret()
    {
        var on = Enabled();
        var pending = Pending();

        var refused = on.BeginTotpEnrolment("other", Now);
        pending.BeginTotpEnrolment("newer", Now);

        Assert.Equal("totp_already_enabled", refused.Error?.Code);
        Assert.Equal("newer", pending.PendingTotpSecret);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(0L)]
    [InlineData(1L)]
    public void AcceptCode_WithinOneStepOfNow_IsAccepted(long stepOffset)
    {
        var user = Enabled(confirmedAt: Now.AddMinutes(-5));

        Assert.True(user.AcceptTotpCode(Step + stepOffset, Now).IsSuccess);
        Assert.Equal(Step + stepOffset, user.TotpLastAcceptedStep);
    }

    [Theory]
    [InlineData(-2L)]
    [InlineData(2L)]
    public void AcceptCode_TwoStepsAway_IsRefused(long stepOffset)
    {
        var user = Enabled(confirmedAt: Now.AddMinutes(-5));

        Assert.Equal("two_factor_invalid", user.AcceptTotpCode(Step + stepOffset, Now).Error?.Code);
    }

    [Fact]
    public void AcceptCode_OfAStepAlreadyAccepted_IsRefused()
    {
        var user = Enabled(confirmedAt: Now.AddMinutes(-5));
        user.AcceptTotpCode(Step, Now);

        Assert.Equal("two_factor_invalid", user.AcceptTotpCode(Step, Now.AddSeconds(10)).Error?.Code);
    }

    [Fact]
    public void AcceptCode_OfAnEarlierStepThanTheLastAccepted_IsRefusedEvenInsideTheWindow()
    {
        var user = Enabled(confirmedAt: Now.AddMinutes(-5));
        user.AcceptTotpCode(Step + 1, Now);

        Assert.Equal("two_factor_invalid", user.AcceptTotpCode(Step, Now).Error?.Code);
        Assert.True(user.AcceptTotpCode(Step + 2, Now.AddSeconds(30)).IsSuccess);
    }

    [Fact]
    public void AcceptCode_OfTheStepThatConfirmedTheEnrolment_IsRefused()
    {
        var user = Enabled(confirmedAt: Now);

        Assert.Equal("two_factor_invalid", user.AcceptTotpCode(Step, Now.AddSeconds(5)).Error?.Code);
    }

    [Fact]
    public void AcceptCode_WhileOff_IsRefused()
    {
        Assert.Equal("two_factor_invalid", UserBuilder.Verified().Build(Now).AcceptTotpCode(Step, Now).Error?.Code);
    }

    [Fact]
    public void RecoveryCode_WorksOnce_AndTellsHowManyAreLeft()
    {
        var user = Enabled();

        var first = user.UseRecoveryCode("h2", Now);
        var again = user.UseRecoveryCode("h2", Now);

        Assert.True(first.IsSuccess);
        Assert.Equal("two_factor_invalid", again.Error?.Code);
        Assert.Equal(["h1", "h3"], user.RecoveryCodes.Hashes);
        Assert.Equal(new UserRecoveryCodeUsed(user.Id, 2, Now), Assert.Single(user.DomainEvents.OfType<UserRecoveryCodeUsed>()));
    }

    [Fact]
    public void RecoveryCode_Unknown_OrWhileOff_IsRefused()
    {
        var user = Enabled();
        var off = UserBuilder.Verified().Build(Now);

        Assert.Equal("two_factor_invalid", user.UseRecoveryCode("nope", Now).Error?.Code);
        Assert.Equal("two_factor_invalid", off.UseRecoveryCode("h1", Now).Error?.Code);
        Assert.Equal(3, user.RecoveryCodes.Left);
    }

    [Fact]
    public void Regenerate_ReplacesTheCodes_AndIsRefusedWhileOff()
    {
        var user = Enabled();
        var off = UserBuilder.Verified().Build(Now);

        user.RegenerateRecoveryCodes(Codes("n1", "n2"), Now);

        Assert.Equal("two_factor_invalid", user.UseRecoveryCode("h1", Now).Error?.Code);
        Assert.True(user.UseRecoveryCode("n1", Now).IsSuccess);
        Assert.Single(user.DomainEvents.OfType<UserRecoveryCodesRegenerated>());
        Assert.Equal("totp_not_enabled", off.RegenerateRecoveryCodes(Codes("n1"), Now).Error?.Code);
    }

    [Fact]
    public void Disable_ClearsEverything_AndIsReportedOnlyWhenItWasOn()
    {
        var on = Enabled();
        var pending = Pending();
        var off = UserBuilder.Verified().Build(Now);

        on.DisableTotp(Now);
        pending.DisableTotp(Now);

        Assert.Equal((null, null, null, null, 0), (on.TotpSecret, on.PendingTotpSecret, on.TotpEnabledAt, on.TotpLastAcceptedStep, on.RecoveryCodes.Left));
        Assert.Single(on.DomainEvents.OfType<UserTotpDisabled>());
        Assert.Null(pending.PendingTotpSecret);
        Assert.Empty(pending.DomainEvents.OfType<UserTotpDisabled>());
        Assert.Equal("totp_not_enabled", off.DisableTotp(Now).Error?.Code);
    }

    [Fact]
    public void Methods_WithTheAppOn_NeverIncludeTheEmailedCode()
    {
        var emailOnly = UserBuilder.Verified().WithTwoFactor().Build(Now);
        var appAndEmail = Enabled();
        appAndEmail.SetTwoFactor(true, Now);
        var appWithoutCodes = Enabled(codes: []);
        var neither = UserBuilder.Verified().Build(Now);

        Assert.Equal([SecondFactorMethod.Email], emailOnly.SecondFactorMethods);
        Assert.Equal([SecondFactorMethod.Totp, SecondFactorMethod.Recovery], appAndEmail.SecondFactorMethods);
        Assert.Equal([SecondFactorMethod.Totp], appWithoutCodes.SecondFactorMethods);
        Assert.Empty(neither.SecondFactorMethods);
    }

    [Fact]
    public void PasswordSignIn_WithTheAppOn_WaitsForTheSecondStepWithoutRecordingASignIn()
    {
        var user = Enabled();

        var step = user.AttemptSignIn(passwordMatches: true, LockoutPolicy.Default, requireVerifiedEmail: true, Now);

        Assert.Equal(SignInStep.SecondFactorRequired, step.Value);
        Assert.Null(user.LastSignInAt);
    }

    [Fact]
    public void CodeSignIn_WithTheAppOn_IsOnlyTheFirstStep()
    {
        var user = Enabled();

        var signIn = user.CompleteCodeSignIn(Now, new BootstrapAdminPolicy(AdminEmail: null));

        Assert.Equal(SignInStep.SecondFactorRequired, signIn.Value.Step);
        Assert.Null(user.LastSignInAt);
    }

    [Fact]
    public void AdminReset_RemovesEverySecondFactor_AndIsReported()
    {
        var user = Enabled();
        user.SetTwoFactor(true, Now);

        user.ResetSecondFactors(Now);

        Assert.False(user.HasSecondFactor);
        Assert.Equal(0, user.RecoveryCodes.Left);
        Assert.Single(user.DomainEvents.OfType<UserSecondFactorsReset>());
    }

    [Fact]
    public void RecoveryCodes_RejectEmptyOrRepeatedHashes_AndCompareByContent()
    {
        Assert.Throws<ArgumentException>(() => RecoveryCodes.Of(["h1", ""]));
        Assert.Throws<ArgumentException>(() => RecoveryCodes.Of(["h1", "h1"]));
        Assert.Equal(Codes("a", "b"), Codes("a", "b"));
        Assert.NotEqual(Codes("a", "b"), Codes("b", "a"));
    }

    private static RecoveryCodes Codes(params string[] hashes) => RecoveryCodes.Of(hashes);

    private static User Pending()
    {
        var user = UserBuilder.Verified().Build(Now);
        user.BeginTotpEnrolment("enc-secret", Now);
        return user;
    }

    private static User Enabled(DateTimeOffset? confirmedAt = null, string[]? codes = null)
    {
        var at = confirmedAt ?? Now.AddMinutes(-5);
        var user = UserBuilder.Verified().Build(at);
        user.BeginTotpEnrolment("enc-secret", at);
        Assert.True(user.ConfirmTotp(User.TotpStepAt(at), Codes(codes ?? ["h1", "h2", "h3"]), at).IsSuccess);
        user.ClearDomainEvents();
        return user;
    }
}
