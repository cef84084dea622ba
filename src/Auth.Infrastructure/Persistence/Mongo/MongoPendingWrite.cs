using MongoDB.Bson;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// One document a save writes: an insert of a new aggregate (version 1), or a replace of a changed one filtered on
/// <c>{ _id, version: ExpectedVersion }</c> that writes <see cref="NewVersion"/> = expected + 1, or (<see cref="IsDelete"/>)
/// a delete of a removed one filtered the same way, whose <see cref="Document"/> is the snapshot it deletes.
/// </summary>
internal sealed record MongoPendingWrite(
    TrackedAggregate Entry, BsonDocument Document, bool IsInsert, long ExpectedVersion, long NewVersion, bool IsDelete = false);
