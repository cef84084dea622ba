using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Users;

/// <summary>
/// The second factors: the authenticator app (TOTP, RFC 6238) with its recovery codes, beside the emailed code. The
/// caller computes codes with an RFC 6238 library and hands in the time step a code matched; the rules about steps
/// (the window around now, never the same step twice) live here.
/// </summary>
public sealed partial class User
{
    /// <summary>The confirmed authenticator secret, encrypted by the caller: the domain never holds it in clear.</summary>
    public string? TotpSecret { get; private set; }

    /// <summary>A secret handed out by an enrolment that no code has confirmed yet (encrypted too).</summary>
    public string? PendingTotpSecret { get; private set; }

    public DateTimeOffset? TotpEnabledAt { get; private set; }

    /// <summary>The last time step whose code was accepted: no code of it, or of an earlier step, is accepted again.</summary>
    public long? TotpLastAcceptedStep { get; private set; }

    public RecoveryCodes RecoveryCodes { get; private set; } = RecoveryCodes.None;

    public bool TotpEnabled => TotpSecret is not null;

    public bool HasSecondFactor => TotpEnabled || TwoFactorEnabled;

    /// <summary>
    /// What may prove the second step. With TOTP on, the emailed code is no longer one: whoever holds the mailbox
    /// (forgot password, reset, sign in) would pass both steps.
    /// </summary>
    public IReadOnlyList<SecondFactorMethod> SecondFactorMethods =>
        TotpEnabled
            ? RecoveryCodes.Left > 0 ? [SecondFactorMethod.Totp, SecondFactorMethod.Recovery] : [SecondFactorMethod.Totp]
            : TwoFactorEnabled ? [SecondFactorMethod.Email] : [];

    /// <summary>The RFC 6238 time step of an instant.</summary>
    public static long TotpStepAt(DateTimeOffset now) => now.ToUnixTimeSeconds() / (long)AuthDefaults.TotpStep.TotalSeconds;

    public Result BeginTotpEnrolment(string protectedSecret, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
        if (TotpEnabled) return UserErrors.TotpAlreadyEnabled;
        PendingTotpSecret = protectedSecret;
        MarkUpdated(now);
        return Result.Success;
    }

    /// <param name="matchedStep">The step whose code matched the pending secret, or null when none did.</param>
    public Result ConfirmTotp(long? matchedStep, RecoveryCodes recoveryCodes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        if (TotpEnabled) return UserErrors.TotpAlreadyEnabled;
        if (PendingTotpSecret is null) return UserErrors.TotpNotPending;
        if (!IsAcceptableStep(matchedStep, now)) return UserErrors.TwoFactorInvalid;

        TotpSecret = PendingTotpSecret;
        PendingTotpSecret = null;
        TotpEnabledAt = now;
        TotpLastAcceptedStep = matchedStep;
        RecoveryCodes = recoveryCodes;
        MarkUpdated(now);
        Raise(new UserTotpEnabled(Id, now));
        return Result.Success;
    }

    /// <summary>An authenticator code: its step must lie within the window around now and after every step accepted before.</summary>
    public Result AcceptTotpCode(long? matchedStep, DateTimeOffset now)
    {
        if (!TotpEnabled || !IsAcceptableStep(matchedStep, now)) return UserErrors.TwoFactorInvalid;
        TotpLastAcceptedStep = matchedStep;
        MarkUpdated(now);
        return Result.Success;
    }

    /// <summary>A recovery code works once, and only while TOTP is on.</summary>
    public Result UseRecoveryCode(string hash, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(hash);
        var left = TotpEnabled ? RecoveryCodes.Without(hash) : null;
        if (left is null) return UserErrors.TwoFactorInvalid;
        RecoveryCodes = left;
        MarkUpdated(now);
        Raise(new UserRecoveryCodeUsed(Id, left.Left, now));
        return Result.Success;
    }

    /// <summary>New codes replace the old ones, used or not.</summary>
    public Result RegenerateRecoveryCodes(RecoveryCodes recoveryCodes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        if (!TotpEnabled) return UserErrors.TotpNotEnabled;
        RecoveryCodes = recoveryCodes;
        MarkUpdated(now);
        Raise(new UserRecoveryCodesRegenerated(Id, now));
        return Result.Success;
    }

    /// <summary>Turns the authenticator off (or abandons a pending enrolment); the recovery codes go with it.</summary>
    public Result DisableTotp(DateTimeOffset now)
    {
        if (!TotpEnabled && PendingTotpSecret is null) return UserErrors.TotpNotEnabled;
        var wasEnabled = TotpEnabled;
        ForgetAuthenticator();
        MarkUpdated(now);
        if (wasEnabled) Raise(new UserTotpDisabled(Id, now));
        return Result.Success;
    }

    /// <summary>
    /// An administrator removes every second factor (a lost phone and lost codes): the next sign-in needs the password
    /// only, and the owner is told.
    /// </summary>
    public void ResetSecondFactors(DateTimeOffset now)
    {
        if (!HasSecondFactor && PendingTotpSecret is null) return;
        ForgetAuthenticator();
        TwoFactorEnabled = false;
        MarkUpdated(now);
        Raise(new UserSecondFactorsReset(Id, now));
    }

    /// <summary>The secret (confirmed or pending), the replay guard and the recovery codes go together.</summary>
    private void ForgetAuthenticator()
    {
        TotpSecret = null;
        PendingTotpSecret = null;
        TotpEnabledAt = null;
        TotpLastAcceptedStep = null;
        RecoveryCodes = RecoveryCodes.None;
    }

    private bool IsAcceptableStep(long? matchedStep, DateTimeOffset now) =>
        matchedStep is { } step
        && Math.Abs(step - TotpStepAt(now)) <= AuthDefaults.TotpWindowSteps
        && (TotpLastAcceptedStep is not { } last || step > last);
}
