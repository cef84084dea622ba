using Auth.Application.Abstractions.Security;
using Auth.Domain.Policies;
using Auth.Domain.Users;

namespace Auth.Application.Users;

/// <summary>
/// The cryptography around a user's second factors, kept out of the handlers: authenticator secrets are encrypted
/// for their user, codes are matched by the RFC 6238 library, recovery codes are made and hashed for their user.
/// The rules about what a match may do are the user's (<see cref="User.AcceptTotpCode"/>).
/// </summary>
public sealed class SecondFactorCodes(ITotpAuthenticator totp, ISecretProtector secrets, IRecoveryCodeHasher recoveryCodes)
{
    /// <summary>A new authenticator secret: in clear for the person to scan once, encrypted for the store.</summary>
    public (string Secret, string Protected) NewSecret(UserId userId)
    {
        var secret = totp.NewSecret();
        return (secret, secrets.Protect(secret, Purpose(userId)));
    }

    public long? MatchStep(User user, string code, DateTimeOffset now) => Match(user.Id, user.TotpSecret, code, now);

    public long? MatchPendingStep(User user, string code, DateTimeOffset now) => Match(user.Id, user.PendingTotpSecret, code, now);

    public string ProvisioningUri(string secret, string issuer, EmailAddress account) => totp.ProvisioningUri(secret, issuer, account.Value);

    public string QrCodeSvg(string provisioningUri) => totp.QrCodeSvg(provisioningUri);

    /// <summary>A fresh set: the codes in clear to show once, and their hashes for the store.</summary>
    public (IReadOnlyList<string> Codes, RecoveryCodes Hashes) NewRecoveryCodes(UserId userId)
    {
        var codes = Enumerable.Range(0, AuthDefaults.RecoveryCodeCount).Select(_ => recoveryCodes.Generate()).ToList();
        return (codes, RecoveryCodes.Of(codes.Select(code => recoveryCodes.Hash(userId, code))));
    }

    public string HashRecoveryCode(UserId userId, string code) => recoveryCodes.Hash(userId, code);

    private long? Match(UserId userId, string? protectedSecret, string code, DateTimeOffset now) =>
        protectedSecret is not null && secrets.Unprotect(protectedSecret, Purpose(userId)) is { } secret
            ? totp.MatchStep(secret, code, now)
            : null;

    private static string Purpose(UserId userId) => $"totp:{userId}";
}
