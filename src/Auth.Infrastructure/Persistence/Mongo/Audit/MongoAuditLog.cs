using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Audit;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Audit;

/// <summary>The audit trail on MongoDB: entries are staged in the unit of work and inserted with the save.</summary>
internal sealed class MongoAuditLog(AuthMongoDatabase database, MongoChangeTracker tracker) : IAuditLog
{
    private static FilterDefinitionBuilder<AuditEntry> Filter => Builders<AuditEntry>.Filter;

    /// <summary>Newest first, then id (time-ordered too), as on the relational engines.</summary>
    internal static SortDefinition<AuditEntry> NewestFirst =>
        Builders<AuditEntry>.Sort.Descending(e => e.OccurredAt).Descending(e => e.Id);

    public void Add(AuditEntry entry) => tracker.AddAuditEntry(entry);

    public async Task<PagedList<AuditEntry>> ListAsync(AuditEntryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.PageSize, 1);

        var query = ListFilter(filter);
        var total = await database.AuditEntries.CountDocumentsAsync(query, cancellationToken: cancellationToken).ConfigureAwait(false);
        var items = await database.AuditEntries
            .Find(query)
            .Sort(NewestFirst)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Limit(filter.PageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new PagedList<AuditEntry>(items, filter.Page, filter.PageSize, total);
    }

    internal static FilterDefinition<AuditEntry> ListFilter(AuditEntryFilter filter)
    {
        var clauses = new List<FilterDefinition<AuditEntry>>();
        if (filter.UserId is { } userId) clauses.Add(Filter.Eq(e => e.UserId, userId));
        if (filter.Type is { } type) clauses.Add(Filter.Eq(e => e.Type, type));
        return clauses.Count == 0 ? Filter.Empty : Filter.And(clauses);
    }
}
