using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.OneTimePasswords;

/// <summary>Checks a presented code against the latest code of that email and type.</summary>
public sealed class OtpVerifier(IOtpRepository otps, IOtpCodeHasher hasher)
{
    public async Task<Result> VerifyAsync(EmailAddress email, OtpType type, string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var otp = await otps.FindLatestAsync(email, type, cancellationToken);
        if (otp is null) return OtpErrors.Invalid;
        return otp.Verify(hasher.Hash(email, type, code), now);
    }
}
