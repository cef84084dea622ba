namespace Auth.Domain.Policies;

/// <summary>
/// Refresh-token life. <see cref="ReuseGrace"/>: a rotated token presented again within this time is refused
/// without revoking the session (several tabs refreshing at once); after it, the reuse revokes the session.
/// </summary>
public sealed record RefreshTokenPolicy(TimeSpan Lifetime, TimeSpan ReuseGrace)
{
    public static RefreshTokenPolicy Default { get; } = new(AuthDefaults.RefreshTokenLifetime, AuthDefaults.RefreshTokenReuseGrace);
}
