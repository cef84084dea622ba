namespace Auth.Api.Tests.Telemetry;

/// <summary>Tests that read the process-wide meter run alone, so that no other test's traffic moves their counts.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
