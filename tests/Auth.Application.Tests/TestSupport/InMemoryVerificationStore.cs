using Auth.Application.Abstractions.Persistence;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Entries in a list; taking one removes it, as the real stores' single delete does.</summary>
public sealed class InMemoryVerificationStore : IVerificationStore
{
    private readonly List<VerificationEntry> _entries = [];

    public IReadOnlyList<VerificationEntry> All => _entries;

    public void Add(VerificationEntry entry) => _entries.Add(entry);

    public Task<VerificationEntry?> ConsumeAsync(string identifier, string valueHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = _entries.SingleOrDefault(e => e.Identifier == identifier && e.ValueHash == valueHash && e.ExpiresAt > now);
        if (entry is not null) _entries.Remove(entry);
        return Task.FromResult(entry);
    }

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.RemoveAll(e => e.ExpiresAt <= now));
}
