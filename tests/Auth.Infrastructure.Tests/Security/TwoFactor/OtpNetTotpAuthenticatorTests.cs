using System.Text;
using Auth.Infrastructure.Security.TwoFactor;
using OtpNet;

namespace Auth.Infrastructure.Tests.Security.TwoFactor;

public sealed class OtpNetTotpAuthenticatorTests
{
    /// <summary>RFC 6238 appendix B's SHA-1 seed, "12345678901234567890".</summary>
    private static readonly string RfcSecret = Base32Encoding.ToString(Encoding.ASCII.GetBytes("12345678901234567890"));

    private static readonly DateTimeOffset At59Seconds = DateTimeOffset.FromUnixTimeSeconds(59);

    private readonly OtpNetTotpAuthenticator _totp = new();

    [Fact]
    public void MatchStep_TheRfcTestVector_MatchesItsStep()
    {
        // RFC 6238: T = 59 s gives 94287082 with 8 digits; an authenticator shows the last 6.
        Assert.Equal(1, _totp.MatchStep(RfcSecret, "287082", At59Seconds));
    }

    [Theory]
    [InlineData(-30, 0L)]
    [InlineData(30, 2L)]
    public void MatchStep_ACodeOfTheNeighbouringStep_MatchesThatStep(int offsetSeconds, long expectedStep)
    {
        var code = CodeAt(At59Seconds.AddSeconds(offsetSeconds));

        Assert.Equal(expectedStep, _totp.MatchStep(RfcSecret, code, At59Seconds));
    }

    [Fact]
    public void MatchStep_ACodeTwoStepsAway_MatchesNothing()
    {
        Assert.Null(_totp.MatchStep(RfcSecret, CodeAt(At59Seconds.AddSeconds(60)), At59Seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("２８７０８２")]
    public void MatchStep_SomethingThatIsNotSixDigits_MatchesNothing(string code)
    {
        Assert.Null(_totp.MatchStep(RfcSecret, code, At59Seconds));
    }

    [Fact]
    public void MatchStep_ABrokenSecret_MatchesNothingInsteadOfThrowing()
    {
        Assert.Null(_totp.MatchStep("not base32 at all!", "287082", At59Seconds));
    }

    [Fact]
    public void NewSecret_Is160RandomBitsInBase32()
    {
        var secrets = Enumerable.Range(0, 20).Select(_ => _totp.NewSecret()).ToList();

        Assert.All(secrets, s => Assert.Equal(20, Base32Encoding.ToBytes(s).Length));
        Assert.Equal(secrets.Count, secrets.Distinct().Count());
    }

    [Fact]
    public void ProvisioningUri_NamesTheIssuerTheAccountAndTheParameters()
    {
        var uri = new Uri(_totp.ProvisioningUri("JBSWY3DPEHPK3PXP", "Auth", "ada@example.com"));

        Assert.Equal("otpauth", uri.Scheme);
        Assert.Equal("totp", uri.Host);
        Assert.Contains("ada%40example.com", uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("secret=JBSWY3DPEHPK3PXP", uri.Query, StringComparison.Ordinal);
        Assert.Contains("issuer=Auth", uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void QrCodeSvg_IsAnSvgDocument()
    {
        var svg = _totp.QrCodeSvg("otpauth://totp/Auth:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Auth");

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("</svg>", svg, StringComparison.Ordinal);
    }

    private static string CodeAt(DateTimeOffset at) => new Totp(Base32Encoding.ToBytes(RfcSecret)).ComputeTotp(at.UtcDateTime);
}
