namespace Auth.LoadTests.Running;

/// <summary>One scenario's outcome: the total over its calls first, then one row per operation when it mixes several.</summary>
internal sealed record ScenarioResult(string Scenario, int Clients, double Seconds, OperationStats Total, IReadOnlyList<OperationStats> Operations)
{
    public long Errors => Total.ErrorCount;

    /// <summary>The service's peak resident set during the scenario (with its preparation), when a pid was given.</summary>
    public double? PeakWorkingSetMiB { get; init; }

    /// <summary>The service's CPU time (user + system) in the measured window per measured request.</summary>
    public double? ServiceCpuMsPerRequest { get; init; }

    /// <summary>This load generator's own CPU time in the measured window per request: what it took from the service's cores.</summary>
    public double? LoadGeneratorCpuMsPerRequest { get; init; }
}
