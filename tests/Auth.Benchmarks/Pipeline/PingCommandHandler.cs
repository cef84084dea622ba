using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Benchmarks.Pipeline;

public sealed class PingCommandHandler : ICommandHandler<PingCommand, Result<int>>
{
    public ValueTask<Result<int>> Handle(PingCommand command, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<int>>(command.Value);
}
