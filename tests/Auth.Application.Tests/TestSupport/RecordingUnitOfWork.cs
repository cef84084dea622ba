using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Counts saves and resets; each save may be told to throw, in order, to stage a lost race.</summary>
public sealed class RecordingUnitOfWork : IUnitOfWork
{
    private readonly Queue<Exception> _failures = new();

    public int Saves { get; private set; }

    public int Resets { get; private set; }

    /// <summary>The next saves throw these, one each; later saves succeed.</summary>
    public RecordingUnitOfWork FailingWith(params Exception[] failures)
    {
        foreach (var failure in failures) _failures.Enqueue(failure);
        return this;
    }

    /// <summary>When set, every save throws a fresh exception made by it.</summary>
    public Func<Exception>? AlwaysFailWith { get; set; }

    /// <summary>Runs at every save, before it succeeds or throws.</summary>
    public Action? OnSave { get; set; }

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        Saves++;
        OnSave?.Invoke();
        if (AlwaysFailWith is { } always) throw always();
        if (_failures.TryDequeue(out var failure)) throw failure;
        return Task.CompletedTask;
    }

    /// <summary>What <see cref="PendingDomainEvents"/> answers: set by a test to stand for the aggregates a command changed.</summary>
    public List<IDomainEvent> Pending { get; } = [];

    public IReadOnlyList<IDomainEvent> PendingDomainEvents() => Pending;

    public void Reset()
    {
        Resets++;
        Pending.Clear();
    }
}
