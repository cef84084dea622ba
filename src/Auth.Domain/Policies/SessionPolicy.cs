namespace Auth.Domain.Policies;

/// <summary>
/// A session slides forward by <see cref="Lifetime"/> each time it is used, but never past
/// <see cref="AbsoluteLifetime"/> after it started.
/// </summary>
public sealed record SessionPolicy(TimeSpan Lifetime, TimeSpan AbsoluteLifetime)
{
    public static SessionPolicy Default { get; } = new(AuthDefaults.SessionLifetime, AuthDefaults.SessionAbsoluteLifetime);
}
