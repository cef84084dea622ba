namespace Auth.Domain.Policies;

/// <summary>How long after a soft delete the owner must wait before reactivating the account.</summary>
public sealed record ReactivationPolicy(TimeSpan Delay)
{
    public static ReactivationPolicy Default { get; } = new(AuthDefaults.ReactivationDelay);
}
