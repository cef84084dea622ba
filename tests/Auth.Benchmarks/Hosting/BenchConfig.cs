using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Auth.Benchmarks.Hosting;

/// <summary>
/// ShortRun (3 warm-ups, 3 iterations, one launch) in process: no per-benchmark project build, which on two
/// cores costs more than the measurement. Memory diagnoser on; one joined table (GitHub markdown, the default
/// exporter) plus full JSON, which scripts/bench.sh reads.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(JsonExporter.Full);
        WithOptions(ConfigOptions.JoinSummary);
    }
}
