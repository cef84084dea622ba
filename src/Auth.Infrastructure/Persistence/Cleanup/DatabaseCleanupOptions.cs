namespace Auth.Infrastructure.Persistence.Cleanup;

/// <summary>
/// The <c>Database:Cleanup</c> section: how the relational providers delete rows nobody can use any more
/// (see <see cref="ExpiredDataCleaner"/>).
/// </summary>
public sealed class DatabaseCleanupOptions
{
    /// <summary><c>Database:Cleanup:Enabled</c>: run the clean-up service (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>Database:Cleanup:Interval</c>: time between two passes (default 10 minutes); the first runs at start.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// <c>Database:Cleanup:Retention</c>: how long a row stays after it expired, was used, superseded or revoked
    /// (default one day), so that a support request or a late, replayed token still finds it for a while.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);

    /// <summary><c>Database:Cleanup:BatchSize</c>: rows deleted per statement (default 1000), to keep locks short.</summary>
    public int BatchSize { get; set; } = 1000;

    internal bool IsValid =>
        Interval > TimeSpan.Zero && Interval.TotalMilliseconds <= uint.MaxValue - 1
        && Retention >= TimeSpan.Zero
        && BatchSize >= 1;
}
