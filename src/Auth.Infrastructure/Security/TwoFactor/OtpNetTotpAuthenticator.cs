using Auth.Application.Abstractions.Security;
using OtpNet;
using QRCoder;

namespace Auth.Infrastructure.Security.TwoFactor;

/// <summary>RFC 6238 by Otp.NET (SHA-1, 6 digits, 30 s, one step of drift either side); the QR code by QRCoder.</summary>
internal sealed class OtpNetTotpAuthenticator : ITotpAuthenticator
{
    private const int SecretBytes = 20;
    private static readonly VerificationWindow OneStepEitherSide = new(previous: 1, future: 1);

    public string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(SecretBytes));

    public long? MatchStep(string base32Secret, string code, DateTimeOffset now)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)) return null;
        byte[] key;
        try
        {
            key = Base32Encoding.ToBytes(base32Secret);
        }
        catch (ArgumentException)
        {
            return null;
        }

        return new Totp(key).VerifyTotp(now.UtcDateTime, code, out var step, OneStepEitherSide) ? step : null;
    }

    public string ProvisioningUri(string base32Secret, string issuer, string accountName) =>
        new OtpUri(OtpType.Totp, base32Secret, accountName, issuer).ToString();

    public string QrCodeSvg(string provisioningUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(provisioningUri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
