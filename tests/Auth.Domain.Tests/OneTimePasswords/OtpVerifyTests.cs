using Auth.Domain.Policies;
using Auth.Domain.Tests.Builders;

namespace Auth.Domain.Tests.OneTimePasswords;

public sealed class OtpVerifyTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void Verify_WithTheRightHash_SucceedsAndMarksTheCodeUsed()
    {
        var otp = OtpBuilder.SignInCode().Build();
        var usedAt = Now.AddMinutes(2);

        var result = otp.Verify(OtpBuilder.CodeHash, usedAt);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.True(otp.IsUsed);
        Assert.Equal(usedAt, otp.UsedAt);
        Assert.Equal(1, otp.Attempts);
    }

    [Fact]
    public void Verify_AUsedCodeAgain_ReturnsOtpInvalid()
    {
        var otp = OtpBuilder.SignInCode().Build();
        otp.Verify(OtpBuilder.CodeHash, Now.AddMinutes(1));

        var result = otp.Verify(OtpBuilder.CodeHash, Now.AddMinutes(2));

        Assert.Equal("otp_invalid", result.Error?.Code);
        Assert.Equal(Now.AddMinutes(1), otp.UsedAt);
    }

    [Fact]
    public void Verify_WithAWrongHash_ReturnsOtpInvalidAndCountsTheAttempt()
    {
        var otp = OtpBuilder.SignInCode().Build();

        var result = otp.Verify(OtpBuilder.WrongCodeHash, Now.AddMinutes(1));

        Assert.Equal("otp_invalid", result.Error?.Code);
        Assert.Equal(1, otp.Attempts);
        Assert.False(otp.IsUsed);
    }

    [Fact]
    public void Verify_WithAHashThatDiffersOnlyInLength_ReturnsOtpInvalid()
    {
        var otp = OtpBuilder.SignInCode().Build();

        Assert.Equal("otp_invalid", otp.Verify(OtpBuilder.CodeHash + "0", Now).Error?.Code);
        Assert.Equal("otp_invalid", otp.Verify(OtpBuilder.CodeHash[..^1], Now).Error?.Code);
    }

    [Fact]
    public void Verify_JustBeforeExpiry_Succeeds()
    {
        var otp = OtpBuilder.SignInCode().Build();

        Assert.True(otp.Verify(OtpBuilder.CodeHash, otp.ExpiresAt - TimeSpan.FromTicks(1)).IsSuccess);
    }

    [Fact]
    public void Verify_OnAnExpiredCode_CountsTheAttemptAndReturnsOtpInvalidEvenWithTheRightHash()
    {
        var otp = OtpBuilder.SignInCode().Build();

        var result = otp.Verify(OtpBuilder.CodeHash, Now.AddMinutes(5));

        Assert.Equal("otp_invalid", result.Error?.Code);
        Assert.Equal(1, otp.Attempts);
        Assert.False(otp.IsUsed);
    }

    [Fact]
    public void Verify_WhenTheFifthWrongAttemptFails_ReturnsOtpAttemptsExceeded()
    {
        var otp = OtpBuilder.SignInCode().WithWrongAttempts(4).Build();

        var result = otp.Verify(OtpBuilder.WrongCodeHash, Now.AddMinutes(1));

        Assert.Equal("otp_attempts_exceeded", result.Error?.Code);
        Assert.Equal(5, otp.Attempts);
        Assert.True(otp.IsExhausted);
    }

    [Fact]
    public void Verify_FourWrongAttemptsThenTheRightHash_Succeeds()
    {
        var otp = OtpBuilder.SignInCode().WithWrongAttempts(4).Build();

        Assert.True(otp.Verify(OtpBuilder.CodeHash, Now.AddMinutes(1)).IsSuccess);
        Assert.True(otp.IsUsed);
    }

    [Fact]
    public void Verify_AfterTheAttemptsAreUsedUp_RefusesEvenTheRightHashWithoutCountingFurther()
    {
        var otp = OtpBuilder.SignInCode().WithWrongAttempts(5).Build();

        var right = otp.Verify(OtpBuilder.CodeHash, Now.AddMinutes(1));
        var wrong = otp.Verify(OtpBuilder.WrongCodeHash, Now.AddMinutes(2));

        Assert.Equal("otp_attempts_exceeded", right.Error?.Code);
        Assert.Equal("otp_attempts_exceeded", wrong.Error?.Code);
        Assert.Equal(otp.MaxAttempts, otp.Attempts);
        Assert.False(otp.IsUsed);
    }

    [Fact]
    public void Verify_WithACustomMaximum_RunsOutAfterItsAttempts()
    {
        var policy = OtpPolicy.Default with { MaxAttempts = 2 };
        var otp = OtpBuilder.SignInCode().WithPolicy(policy).Build();

        var first = otp.Verify(OtpBuilder.WrongCodeHash, Now);
        var second = otp.Verify(OtpBuilder.WrongCodeHash, Now);

        Assert.Equal("otp_invalid", first.Error?.Code);
        Assert.Equal("otp_attempts_exceeded", second.Error?.Code);
        Assert.Equal("otp_attempts_exceeded", otp.Verify(OtpBuilder.CodeHash, Now).Error?.Code);
    }
}
