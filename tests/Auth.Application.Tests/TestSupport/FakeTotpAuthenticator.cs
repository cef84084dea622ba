using Auth.Application.Abstractions.Security;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>
/// Codes that say which step they belong to: <c>"{secret}@{step}"</c> matches that step when it lies within one of
/// the current one, as the real library's window does; anything else matches nothing.
/// </summary>
public sealed class FakeTotpAuthenticator : ITotpAuthenticator
{
    public const string Secret = "JBSWY3DPEHPK3PXP";

    public static string CodeAt(DateTimeOffset at, string secret = Secret) => $"{secret}@{User.TotpStepAt(at)}";

    public string NewSecret() => Secret;

    public long? MatchStep(string base32Secret, string code, DateTimeOffset now)
    {
        var parts = code.Split('@');
        if (parts.Length != 2 || parts[0] != base32Secret || !long.TryParse(parts[1], out var step)) return null;
        return Math.Abs(step - User.TotpStepAt(now)) <= 1 ? step : null;
    }

    public string ProvisioningUri(string base32Secret, string issuer, string accountName) => $"otpauth://totp/{issuer}:{accountName}?secret={base32Secret}";

    public string QrCodeSvg(string provisioningUri) => $"<svg>{provisioningUri}</svg>";
}
