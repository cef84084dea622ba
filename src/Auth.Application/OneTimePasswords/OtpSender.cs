using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Messaging;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.OneTimePasswords;

/// <summary>
/// Issues a code and mails it. The mail goes out before the command's changes are saved, so a mail failure
/// leaves no code behind and the caller may retry at once.
/// </summary>
public sealed class OtpSender(
    IOtpRepository otps,
    IOtpCodeGenerator generator,
    IOtpCodeHasher hasher,
    IEmailSender email,
    AuthSettings settings)
{
    /// <returns>When the next code may be requested.</returns>
    public async Task<Result<DateTimeOffset>> SendAsync(EmailAddress to, OtpType type, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var previous = await otps.FindLatestAsync(to, type, cancellationToken);
        var code = generator.Generate(settings.Otp.CodeLength);
        var issued = Otp.Issue(to, type, hasher.Hash(to, type, code), previous, settings.Otp, now);
        if (issued.IsFailure) return issued.Error!;

        otps.Add(issued.Value);
        await email.SendAsync(OtpEmails.For(to.Value, type, code, settings.Otp.Lifetime), cancellationToken);
        return issued.Value.NextResendAllowedAt;
    }

    /// <summary>What an ineligible or unknown address is told, so its answer matches a real send.</summary>
    public DateTimeOffset NextResendIfSentAt(DateTimeOffset now) => now + settings.Otp.ResendDelay;
}
