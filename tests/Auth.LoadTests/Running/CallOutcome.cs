namespace Auth.LoadTests.Running;

/// <summary>How one call ended: success as the contract defines it, the status (0: no response), any tokens.</summary>
internal sealed record CallOutcome(bool Ok, int Status, string? AccessToken, string? RefreshToken)
{
    public static CallOutcome Failed(string reason) => new(false, 0, null, null) { FailureReason = reason };

    /// <summary>Why no response came (timeout, connection refused); null when one did.</summary>
    public string? FailureReason { get; init; }

    public string ErrorKey => Status == 0 ? FailureReason ?? "no response" : $"HTTP {Status}";
}
