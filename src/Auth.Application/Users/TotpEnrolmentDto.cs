namespace Auth.Application.Users;

/// <summary>What an authenticator app needs, shown once: the base32 secret, the <c>otpauth://</c> URI and that URI as an SVG QR code.</summary>
public sealed record TotpEnrolmentDto(string Secret, string OtpauthUri, string QrSvg)
{
    public override string ToString() => "TotpEnrolmentDto { Secret = ***, OtpauthUri = ***, QrSvg = *** }";
}
