namespace Auth.Domain.Policies;

/// <summary>How many consecutive failed sign-ins lock an account, and for how long.</summary>
public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan LockDuration)
{
    public static LockoutPolicy Default { get; } = new(AuthDefaults.SignInMaxFailedAttempts, AuthDefaults.LockDuration);
}
