using System.Security.Cryptography;
using System.Text;
using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.OneTimePasswords;

/// <summary>
/// A one-time code sent to an email address. Only its keyed hash is stored. Every verification attempt
/// counts, including attempts on an expired code; the code dies when used, superseded or out of attempts.
/// </summary>
public sealed class Otp : AggregateRoot<OtpId>
{
    /// <summary>Column size for the stored hash (hex or base64 of a MAC).</summary>
    public const int MaxCodeHashLength = 255;

    private Otp(OtpId id, EmailAddress email, OtpType type, string codeHash, OtpPolicy policy, DateTimeOffset now)
        : base(id, now)
    {
        Email = email;
        Type = type;
        CodeHash = codeHash;
        ExpiresAt = now + policy.Lifetime;
        NextResendAllowedAt = now + policy.ResendDelay;
        MaxAttempts = policy.MaxAttempts;
    }

    private Otp() { }

    public EmailAddress Email { get; private set; } = null!;

    public OtpType Type { get; private set; }

    public string CodeHash { get; private set; } = null!;

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset NextResendAllowedAt { get; private set; }

    public int Attempts { get; private set; }

    public int MaxAttempts { get; private set; }

    public bool IsUsed { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Set when a newer code of the same type was issued for the same email.</summary>
    public bool IsSuperseded { get; private set; }

    public bool IsExhausted => Attempts >= MaxAttempts;

    /// <summary>Sent so recently that no new code may be issued yet: it is still in the mailbox.</summary>
    public bool IsInResendCooldownAt(DateTimeOffset now) => now < NextResendAllowedAt;

    /// <summary>
    /// Issues a new code. The latest earlier code of the same email and type, if any, enforces the resend
    /// cooldown and is superseded by the new one.
    /// </summary>
    public static Result<Otp> Issue(
        EmailAddress email, OtpType type, string codeHash, Otp? previous, OtpPolicy policy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(codeHash);
        if (previous is not null)
        {
            if (previous.Email != email || previous.Type != type)
                throw new ArgumentException("The previous code belongs to another email or type.", nameof(previous));
            if (previous.IsInResendCooldownAt(now)) return OtpErrors.ResendCooldown(previous.NextResendAllowedAt);
            previous.Supersede(now);
        }

        return new Otp(OtpId.New(now), email, type, codeHash, policy, now);
    }

    /// <summary>
    /// Checks a presented code, given as its keyed hash, in constant time. Counts the attempt first, so every
    /// guess costs one attempt whatever the outcome. The last allowed wrong guess answers
    /// <see cref="OtpErrors.AttemptsExceeded"/>.
    /// </summary>
    public Result Verify(string presentedCodeHash, DateTimeOffset now)
    {
        if (IsUsed || IsSuperseded) return OtpErrors.Invalid;
        if (IsExhausted) return OtpErrors.AttemptsExceeded;

        Attempts++;
        MarkUpdated(now);
        if (now >= ExpiresAt) return OtpErrors.Invalid;
        if (!HashesEqual(presentedCodeHash, CodeHash)) return IsExhausted ? OtpErrors.AttemptsExceeded : OtpErrors.Invalid;

        IsUsed = true;
        UsedAt = now;
        return Result.Success;
    }

    private void Supersede(DateTimeOffset now)
    {
        if (IsSuperseded) return;
        IsSuperseded = true;
        MarkUpdated(now);
    }

    private static bool HashesEqual(string presented, string stored) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(stored));
}
