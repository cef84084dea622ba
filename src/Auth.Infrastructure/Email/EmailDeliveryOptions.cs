namespace Auth.Infrastructure.Email;

/// <summary>Bound from <c>Email:Delivery</c>: how the background delivery retries and how much mail it holds.</summary>
internal sealed class EmailDeliveryOptions
{
    /// <summary>Tries per message before it is given up and logged as lost.</summary>
    public int Attempts { get; set; } = 5;

    /// <summary>The wait before the first retry; each further retry waits twice as long (2, 4, 8, 16 s by default).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Messages delivered at once, so one slow relay connection does not hold up the rest.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Messages waiting at most; beyond it new mail is dropped and logged (a relay down under a flood).</summary>
    public int QueueCapacity { get; set; } = 10_000;

    internal IEnumerable<string> Problems(string section)
    {
        if (Attempts is < 1 or > 20) yield return $"{section}:Attempts must be between 1 and 20.";
        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromMinutes(5)) yield return $"{section}:RetryDelay must be between 0 and 5 minutes.";
        if (MaxConcurrency is < 1 or > 64) yield return $"{section}:MaxConcurrency must be between 1 and 64.";
        if (QueueCapacity is < 1 or > 1_000_000) yield return $"{section}:QueueCapacity must be between 1 and 1,000,000.";
    }
}
