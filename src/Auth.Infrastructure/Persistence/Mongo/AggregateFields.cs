namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>The fields every aggregate document has. The id is the document's <c>_id</c>.</summary>
internal static class AggregateFields
{
    public const string Id = "_id";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";

    /// <summary>The optimistic-concurrency version: 1 on insert, +1 on every replace, checked in the replace filter.</summary>
    public const string Version = "version";
}
