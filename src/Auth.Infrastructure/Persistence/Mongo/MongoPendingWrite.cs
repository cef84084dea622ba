using MongoDB.Bson;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// One document a save writes: an insert of a new document (version 1), or a replace of a changed aggregate filtered
/// on <c>{ _id, version: ExpectedVersion }</c> that writes <see cref="NewVersion"/>, or (<see cref="IsDelete"/>) a
/// delete of a removed one filtered the same way, whose <see cref="Document"/> is the snapshot it deletes.
/// </summary>
internal sealed record MongoPendingWrite(
    TrackedEntry Entry, BsonDocument Document, bool IsInsert, long ExpectedVersion, long NewVersion, bool IsDelete = false);
