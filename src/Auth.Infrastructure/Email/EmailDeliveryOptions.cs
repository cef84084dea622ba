namespace Auth.Infrastructure.Email;

/// <summary>Bound from <c>Email:Delivery</c>: how the dispatchers deliver the durable outbox, retry, and keep finished mail.</summary>
internal sealed class EmailDeliveryOptions
{
    /// <summary>Tries per message before it is given up (kept as undelivered, listed for admins).</summary>
    public int Attempts { get; set; } = 5;

    /// <summary>The wait before the first retry; each further retry waits twice as long (2, 4, 8, 16 s by default).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Messages each instance delivers at once, so one slow relay connection does not hold up the rest.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// How long a claim lasts: a message whose dispatcher died (or hangs) is claimed again by any instance once its lease
    /// is over. Longer than a delivery can take (the SMTP timeout), so a slow delivery is not sent twice.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle dispatcher looks for mail other instances stored, retries that fell due and expired leases.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a sent or given-up message (its body already erased) stays before it is deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>False for an instance that only stores mail and leaves its delivery to the other instances.</summary>
    public bool Dispatch { get; set; } = true;

    internal IEnumerable<string> Problems(string section)
    {
        if (Attempts is < 1 or > 20) yield return $"{section}:Attempts must be between 1 and 20.";
        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromMinutes(5)) yield return $"{section}:RetryDelay must be between 0 and 5 minutes.";
        if (MaxConcurrency is < 1 or > 64) yield return $"{section}:MaxConcurrency must be between 1 and 64.";
        if (Lease < TimeSpan.FromSeconds(1) || Lease > TimeSpan.FromHours(1)) yield return $"{section}:Lease must be between 1 second and 1 hour.";
        if (PollInterval < TimeSpan.FromMilliseconds(10) || PollInterval > TimeSpan.FromMinutes(10))
            yield return $"{section}:PollInterval must be between 10 ms and 10 minutes.";
        if (Retention < TimeSpan.Zero || Retention > TimeSpan.FromDays(365)) yield return $"{section}:Retention must be between 0 and 365 days.";
    }
}
