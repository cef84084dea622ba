using MongoDB.Bson;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// A document that is no aggregate (a verification entry, an audit entry), inserted by the next save, after the
/// aggregates, and never written again.
/// </summary>
internal sealed class TrackedInsert(string collectionName, int writeOrder, Guid id, string description, BsonDocument document)
    : TrackedEntry(snapshot: null, storedVersion: 0)
{
    public override string CollectionName => collectionName;

    public override int WriteOrder => writeOrder;

    public override Guid Id => id;

    public override string Description => description;

    public override MongoPendingWrite? PlanWrite() =>
        IsNew ? new MongoPendingWrite(this, document, IsInsert: true, ExpectedVersion: 0, NewVersion: 1) : null;
}
