using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Benchmarks.Pipeline;

/// <summary>A command that does nothing, to measure what the pipeline itself costs.</summary>
public sealed record PingCommand(int Value) : ICommand<Result<int>>;
