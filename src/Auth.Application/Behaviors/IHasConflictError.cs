using Auth.Domain.Primitives;

namespace Auth.Application.Behaviors;

/// <summary>A command that answers a lost race (concurrency conflict or unique key taken) with its own error.</summary>
public interface IHasConflictError
{
    Error ConflictError { get; }
}
