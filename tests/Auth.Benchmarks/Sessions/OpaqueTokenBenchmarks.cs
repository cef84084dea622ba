using Auth.Application.Abstractions.Security;
using Auth.Benchmarks.Hosting;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Benchmarks.Sessions;

/// <summary>Refresh and session tokens: 256 random bits, stored and looked up as SHA-256.</summary>
[MemoryDiagnoser]
public class OpaqueTokenBenchmarks
{
    private BenchHost _host = null!;
    private IOpaqueTokenGenerator _tokens = null!;
    private string _token = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _host = await BenchHost.StartAsync();
        _tokens = _host.Services.GetRequiredService<IOpaqueTokenGenerator>();
        _token = _tokens.Generate().Value;
    }

    [GlobalCleanup]
    public async Task CleanUp() => await _host.DisposeAsync();

    [Benchmark(Description = "Refresh-token hash (SHA-256 of a presented token)")]
    public string Hash() => _tokens.Hash(_token);

    [Benchmark(Description = "Refresh-token generate (CSPRNG + SHA-256)")]
    public OpaqueToken Generate() => _tokens.Generate();
}
