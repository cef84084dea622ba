using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>Recognises the server errors the writer turns into the Application's persistence exceptions.</summary>
internal static class MongoErrors
{
    public const int DuplicateKey = 11000;

    /// <summary>Older servers' duplicate-key codes (update of a unique field, and the same on a capped collection).</summary>
    public const int DuplicateKeyOnUpdate = 11001;

    public const int DuplicateKeyCappedCollection = 12582;

    public const int WriteConflict = 112;

    public const int CommandNotFound = 59;

    /// <summary>The label the server puts on an error after which the whole transaction may be retried.</summary>
    public const string TransientTransactionError = "TransientTransactionError";

    /// <summary>
    /// E11000: another document already holds the value of a unique index (or the same <c>_id</c>). The adapter writes
    /// one document per call (InsertOne, ReplaceOne), whose errors come as a write error or a command error.
    /// </summary>
    public static bool IsDuplicateKey(Exception exception) => exception switch
    {
        MongoWriteException write => write.WriteError?.Category == ServerErrorCategory.DuplicateKey,
        MongoCommandException command => command.Code is DuplicateKey or DuplicateKeyOnUpdate or DuplicateKeyCappedCollection,
        _ => false,
    };

    /// <summary>
    /// A transaction lost a race for a document (WriteConflict), or failed in a way the server says makes retrying
    /// the whole transaction safe: it was not applied, and the command can start again from fresh reads.
    /// </summary>
    public static bool IsTransientTransactionFailure(Exception exception) => exception switch
    {
        MongoException mongo when mongo.HasErrorLabel(TransientTransactionError) => true,
        MongoCommandException { Code: WriteConflict } => true,
        MongoWriteException { WriteError.Code: WriteConflict } => true,
        _ => false,
    };
}
