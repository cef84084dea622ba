namespace Auth.Application.Abstractions.Security;

/// <summary>RFC 6238 codes (SHA-1, 6 digits, 30-second steps), computed by a maintained library.</summary>
public interface ITotpAuthenticator
{
    /// <summary>A new random secret (160 bits), base32 as authenticator apps take it.</summary>
    string NewSecret();

    /// <returns>The time step, one either side of <paramref name="now"/>'s at most, whose code is <paramref name="code"/>; else null.</returns>
    long? MatchStep(string base32Secret, string code, DateTimeOffset now);

    /// <summary>The <c>otpauth://totp/…</c> URI an authenticator app scans.</summary>
    string ProvisioningUri(string base32Secret, string issuer, string accountName);

    /// <summary>The URI as a QR code, an SVG document.</summary>
    string QrCodeSvg(string provisioningUri);
}
