namespace Auth.Domain.Policies;

/// <summary>Shape and life of one-time codes.</summary>
public sealed record OtpPolicy(int CodeLength, TimeSpan Lifetime, TimeSpan ResendDelay, int MaxAttempts)
{
    public static OtpPolicy Default { get; } = new(
        AuthDefaults.OtpCodeLength, AuthDefaults.OtpLifetime, AuthDefaults.OtpResendDelay, AuthDefaults.OtpMaxAttempts);
}
