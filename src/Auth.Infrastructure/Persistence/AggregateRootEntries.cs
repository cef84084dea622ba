using Auth.Domain.Primitives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Auth.Infrastructure.Persistence;

/// <summary>
/// What saving does to tracked aggregates: stamp the next <see cref="AggregateRoot{TId}.Version"/> before the
/// write (the setter is private, so through the EF entry) and clear domain events after it. Every aggregate root, and
/// nothing else, implements <see cref="IHasDomainEvents"/>.
/// </summary>
internal static class AggregateRootEntries
{
    /// <summary>
    /// Sets Version to original + 1 on every added or changed aggregate, on one that demands a new version although
    /// unchanged, and on the owner of a changed owned value (the avatar), so that the UPDATE carries "WHERE version = original".
    /// An aggregate whose changes are all bookkeeping (<see cref="AggregateRootMapping.IsUnversioned{T}"/>) keeps its
    /// version: its UPDATE still carries the check, but racing bookkeeping writes do not fail each other. Computing from the original
    /// value keeps a retried save idempotent.
    /// </summary>
    public static void StampVersions(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var changed = new HashSet<EntityEntry>(ReferenceEqualityComparer.Instance);
        var tracked = Tracked(tracker);
        foreach (var entry in tracked)
        {
            var demanded = entry.Entity is IVersioned { NeedsNewVersion: true };
            if (!demanded && entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (!demanded && entry.State == EntityState.Modified && OnlyBookkeepingChanged(entry)) continue;
            var root = entry.Metadata.IsOwned() ? FindOwner(tracked, entry) : entry;
            if (root is { Entity: IHasDomainEvents }) changed.Add(root);
        }

        foreach (var entry in changed)
        {
            if (entry.State == EntityState.Deleted) continue;
            var version = entry.Property(AggregateRootMapping.VersionPropertyName);
            version.CurrentValue = entry.State == EntityState.Added ? 1L : (long)version.OriginalValue! + 1;
        }
    }

    private static bool OnlyBookkeepingChanged(EntityEntry entry) =>
        entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.IsUnversioned());

    public static void ClearDomainEvents(ChangeTracker tracker)
    {
        foreach (var entry in Tracked(tracker))
        {
            if (entry.Entity is IHasDomainEvents aggregate) aggregate.ClearDomainEvents();
        }
    }

    /// <summary>The events every tracked aggregate has raised and not yet saved, oldest first.</summary>
    public static IReadOnlyList<IDomainEvent> PendingDomainEvents(ChangeTracker tracker) =>
        Tracked(tracker)
            .Select(e => e.Entity)
            .OfType<IHasDomainEvents>()
            .SelectMany(a => a.DomainEvents)
            .OrderBy(e => e.OccurredAt)
            .ToList();

    /// <summary>
    /// The tracked entries, without <see cref="ChangeTracker.Entries()"/>'s scan of every tracked entity for changes
    /// (DetectChanges): a command asks for its domain events three times and saving detects changes itself, so that
    /// scan ran about seven times per command. Nothing here needs it: aggregates are tracked
    /// when loaded or added, never discovered through a navigation, and domain events are not tracked state.
    /// </summary>
    internal static List<EntityEntry> Tracked(ChangeTracker tracker)
    {
        var detects = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries().ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detects;
        }
    }

    private static EntityEntry? FindOwner(IEnumerable<EntityEntry> tracked, EntityEntry owned)
    {
        var ownership = owned.Metadata.FindOwnership();
        if (ownership is null) return null;
        var key = ownership.Properties.Select(p => owned.Property(p.Name).CurrentValue).ToArray();
        return tracked.FirstOrDefault(e =>
            e.Metadata == ownership.PrincipalEntityType
            && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(key));
    }
}
