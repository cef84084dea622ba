namespace Auth.Domain.Policies;

/// <summary>
/// The auth constants of the reference schemas, in one place. Outer layers may override each through options;
/// these are the defaults when nothing is configured.
/// </summary>
public static class AuthDefaults
{
    public const int OtpCodeLength = 6;
    public const int OtpMaxAttempts = 5;
    public static readonly TimeSpan OtpLifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan OtpResendDelay = TimeSpan.FromMinutes(1);

    public const int SignInMaxFailedAttempts = 5;
    public static readonly TimeSpan LockDuration = TimeSpan.FromHours(24);

    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan RefreshTokenReuseGrace = TimeSpan.Zero;

    public static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan SessionAbsoluteLifetime = TimeSpan.FromDays(30);

    /// <summary>
    /// The contract says 24 h. (One reference schema names the constant "24 hours" but sets one minute;
    /// we follow the contract.)
    /// </summary>
    public static readonly TimeSpan ReactivationDelay = TimeSpan.FromHours(24);

    /// <summary>RFC 6238 as authenticator apps use it: 30-second steps; one step either side is accepted (clock drift).</summary>
    public static readonly TimeSpan TotpStep = TimeSpan.FromSeconds(30);
    public const int TotpWindowSteps = 1;
    public const int RecoveryCodeCount = 10;

    public static readonly TimeSpan SignInChallengeLifetime = TimeSpan.FromMinutes(5);
    public const int SignInChallengeMaxAttempts = 5;

    /// <summary>How long a passkey ceremony's challenge may be answered (single use).</summary>
    public static readonly TimeSpan PasskeyChallengeLifetime = TimeSpan.FromMinutes(5);
}
