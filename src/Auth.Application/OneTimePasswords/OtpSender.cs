using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Messaging;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.OneTimePasswords;

/// <summary>
/// Issues a code and queues its mail (<see cref="IMailOutbox"/>): the mail leaves only once the code is saved, and
/// the request does not wait for it.
/// </summary>
public sealed class OtpSender(
    IOtpRepository otps,
    IOtpCodeGenerator generator,
    IOtpCodeHasher hasher,
    IMailOutbox mail,
    AuthSettings settings)
{
    /// <summary>A code for an account the caller already holds (signed up, signed in, or bearer).</summary>
    /// <returns>When the next code may be requested.</returns>
    public async Task<Result<DateTimeOffset>> SendAsync(EmailAddress to, OtpType type, DateTimeOffset now, CancellationToken cancellationToken) =>
        Issue(to, type, await otps.FindLatestAsync(to, type, cancellationToken), deliver: true, now);

    /// <summary>
    /// The second step of a sign-in: a sign-in code is mailed, unless one went out within the resend cooldown (the user
    /// asked again, and that code is still in the mailbox).
    /// </summary>
    public async Task<Result> SendSecondFactorAsync(EmailAddress to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var previous = await otps.FindLatestAsync(to, OtpType.SignIn, cancellationToken);
        if (previous?.IsInResendCooldownAt(now) == true) return Result.Success;
        var sent = Issue(to, OtpType.SignIn, previous, deliver: true, now);
        return sent.IsSuccess ? Result.Success : sent.Error!;
    }

    /// <summary>
    /// A code asked for by email alone, by someone who may not own the address. Every address costs the same work
    /// (the latest code read, a code generated and hashed) and gets the same answer, but only an account
    /// <see cref="OtpEligibility"/> allows gets a code stored and mailed; any other is told the cooldown a real
    /// send would have started.
    /// </summary>
    public async Task<Result<DateTimeOffset>> SendOnRequestAsync(
        User? user, EmailAddress to, OtpType type, DateTimeOffset now, CancellationToken cancellationToken) =>
        Issue(to, type, await otps.FindLatestAsync(to, type, cancellationToken), OtpEligibility.Allows(user, type, now), now);

    private Result<DateTimeOffset> Issue(EmailAddress to, OtpType type, Otp? previous, bool deliver, DateTimeOffset now)
    {
        var code = generator.Generate(settings.Otp.CodeLength);

        // Issuing supersedes the previous code: a request that gets nothing must not cut the pending code's window,
        // so it issues against no previous code (the same work) and keeps nothing.
        var issued = Otp.Issue(to, type, hasher.Hash(to, type, code), deliver ? previous : null, settings.Otp, now);
        if (!deliver) return now + settings.Otp.ResendDelay;
        if (issued.IsFailure) return issued.Error!;

        otps.Add(issued.Value);
        mail.Add(OtpEmails.For(to.Value, type, code, settings.Otp.Lifetime));
        return issued.Value.NextResendAllowedAt;
    }
}
