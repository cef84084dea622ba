using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.OneTimePasswords;

public sealed class OtpIssueTests
{
    private const string NewCodeHash = "hmac-of-777777";
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly EmailAddress Email = EmailAddress.Create(OtpBuilder.Email).Value;

    [Fact]
    public void Issue_WithTheDefaultPolicy_ExpiresInFiveMinutesAllowsResendAfterOneAndFiveAttempts()
    {
        var result = Otp.Issue(Email, OtpType.EmailVerification, OtpBuilder.CodeHash, previous: null, OtpPolicy.Default, Now);

        Assert.True(result.IsSuccess, result.Error?.Code);
        var otp = result.Value;
        Assert.Equal(Email, otp.Email);
        Assert.Equal(OtpType.EmailVerification, otp.Type);
        Assert.Equal(OtpBuilder.CodeHash, otp.CodeHash);
        Assert.Equal(Now.AddMinutes(5), otp.ExpiresAt);
        Assert.Equal(Now.AddMinutes(1), otp.NextResendAllowedAt);
        Assert.Equal(5, otp.MaxAttempts);
        Assert.Equal(0, otp.Attempts);
        Assert.False(otp.IsUsed);
        Assert.False(otp.IsSuperseded);
        Assert.False(otp.IsExhausted);
    }

    [Fact]
    public void Issue_WithACustomPolicy_UsesItsLifetimeDelayAndAttempts()
    {
        var policy = new OtpPolicy(CodeLength: 8, Lifetime: TimeSpan.FromMinutes(10), ResendDelay: TimeSpan.FromSeconds(30), MaxAttempts: 3);

        var otp = Otp.Issue(Email, OtpType.SignIn, OtpBuilder.CodeHash, previous: null, policy, Now).Value;

        Assert.Equal(Now.AddMinutes(10), otp.ExpiresAt);
        Assert.Equal(Now.AddSeconds(30), otp.NextResendAllowedAt);
        Assert.Equal(3, otp.MaxAttempts);
    }

    [Fact]
    public void Issue_BeforeTheResendCooldown_ReturnsOtpResendCooldownWithNextResendAllowedAt()
    {
        var previous = OtpBuilder.SignInCode().Build();

        var result = Otp.Issue(Email, OtpType.SignIn, NewCodeHash, previous, OtpPolicy.Default, Now.AddSeconds(59));

        Assert.Equal("otp_resend_cooldown", result.Error?.Code);
        Assert.Equal(Now.AddMinutes(1), Assert.IsType<DateTimeOffset>(result.Error!.Details["nextResendAllowedAt"]));
    }

    [Theory]
    [InlineData(59, true)]
    [InlineData(60, false)]
    public void IsInResendCooldownAt_IsTrueUntilTheNextResendIsAllowed(int secondsLater, bool inCooldown)
    {
        Assert.Equal(inCooldown, OtpBuilder.SignInCode().Build().IsInResendCooldownAt(Now.AddSeconds(secondsLater)));
    }

    [Fact]
    public void Issue_BeforeTheResendCooldown_LeavesThePreviousCodeValid()
    {
        var previous = OtpBuilder.SignInCode().Build();
        Otp.Issue(Email, OtpType.SignIn, NewCodeHash, previous, OtpPolicy.Default, Now.AddSeconds(59));

        Assert.False(previous.IsSuperseded);
        Assert.True(previous.Verify(OtpBuilder.CodeHash, Now.AddSeconds(60)).IsSuccess);
    }

    [Fact]
    public void Issue_ExactlyAtTheResendCooldown_SupersedesThePreviousCode()
    {
        var previous = OtpBuilder.SignInCode().Build();

        var result = Otp.Issue(Email, OtpType.SignIn, NewCodeHash, previous, OtpPolicy.Default, Now.AddMinutes(1));

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.True(previous.IsSuperseded);
    }

    [Fact]
    public void Issue_AfterTheResendCooldown_TheSupersededCodeIsInvalidEvenWithTheRightHash()
    {
        var previous = OtpBuilder.SignInCode().Build();
        Otp.Issue(Email, OtpType.SignIn, NewCodeHash, previous, OtpPolicy.Default, Now.AddMinutes(2));

        var result = previous.Verify(OtpBuilder.CodeHash, Now.AddMinutes(2));

        Assert.Equal("otp_invalid", result.Error?.Code);
        Assert.False(previous.IsUsed);
    }

    [Fact]
    public void Issue_AfterTheResendCooldown_TheNewCodeWorks()
    {
        var previous = OtpBuilder.SignInCode().Build();
        var issuedAt = Now.AddMinutes(2);

        var fresh = Otp.Issue(Email, OtpType.SignIn, NewCodeHash, previous, OtpPolicy.Default, issuedAt).Value;

        Assert.Equal(issuedAt.AddMinutes(5), fresh.ExpiresAt);
        Assert.Equal(issuedAt.AddMinutes(1), fresh.NextResendAllowedAt);
        Assert.True(fresh.Verify(NewCodeHash, issuedAt.AddMinutes(1)).IsSuccess);
    }

    [Fact]
    public void Issue_WithAPreviousCodeOfAnotherType_IsAProgrammingErrorAndThrows()
    {
        var previous = OtpBuilder.Of(OtpType.PasswordReset).Build();

        Assert.Throws<ArgumentException>(
            () => Otp.Issue(Email, OtpType.SignIn, NewCodeHash, previous, OtpPolicy.Default, Now.AddMinutes(2)));
        Assert.False(previous.IsSuperseded);
    }

    [Fact]
    public void Issue_WithAPreviousCodeOfAnotherEmail_IsAProgrammingErrorAndThrows()
    {
        var previous = OtpBuilder.SignInCode().Build();
        var otherEmail = EmailAddress.Create("grace@example.com").Value;

        Assert.Throws<ArgumentException>(
            () => Otp.Issue(otherEmail, OtpType.SignIn, NewCodeHash, previous, OtpPolicy.Default, Now.AddMinutes(2)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Issue_WithoutACodeHash_IsAProgrammingErrorAndThrows(string? codeHash)
    {
        Assert.ThrowsAny<ArgumentException>(
            () => Otp.Issue(Email, OtpType.SignIn, codeHash!, previous: null, OtpPolicy.Default, Now));
    }
}
