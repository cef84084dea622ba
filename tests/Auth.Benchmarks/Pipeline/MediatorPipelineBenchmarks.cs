using Auth.Benchmarks.Hosting;
using Auth.Domain.Primitives;
using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Benchmarks.Pipeline;

/// <summary>
/// The overhead of one command through the real pipeline (logging, validation, unit of work with its
/// SaveChanges on the scope's DbContext) against calling the handler directly. "New scope" adds what every HTTP
/// request pays on top: a DI scope, the mediator, the behaviours and a DbContext resolved in it.
/// </summary>
[MemoryDiagnoser]
public class MediatorPipelineBenchmarks
{
    private static readonly PingCommand Command = new(42);

    private readonly PingCommandHandler _handler = new();
    private BenchHost _host = null!;
    private AsyncServiceScope _scope;
    private IMediator _mediator = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _host = await BenchHost.StartAsync();
        _scope = _host.Services.CreateAsyncScope();
        _mediator = _scope.ServiceProvider.GetRequiredService<IMediator>();
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await _scope.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Benchmark(Description = "Handler called directly")]
    public ValueTask<Result<int>> Direct() => _handler.Handle(Command, CancellationToken.None);

    [Benchmark(Description = "IMediator.Send, scope reused")]
    public ValueTask<Result<int>> ThroughPipeline() => _mediator.Send(Command, CancellationToken.None);

    [Benchmark(Description = "IMediator.Send in a new scope (per request)")]
    public async Task<Result<int>> ThroughPipelineInNewScope()
    {
        var scope = _host.Services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(Command, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
