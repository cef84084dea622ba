using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Auth.Infrastructure.Persistence;

/// <summary>Recognises a unique-key violation, and a transaction that lost a lock race, in the error of any supported engine.</summary>
internal static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static bool IsUniqueViolation(Exception exception) => AnyInChain(exception, current => current switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } sqlite =>
            sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry } => true,
        _ => false,
    });

    /// <summary>
    /// The server rolled the transaction back to break a deadlock (or, on PostgreSQL, a serialization failure): the
    /// same as a lost optimistic race, so the command may run again from scratch.
    /// </summary>
    public static bool IsLostLockRace(Exception exception) => AnyInChain(exception, current => current is
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }
        or MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock });

    /// <summary>EF Core and the execution strategies wrap the driver's error: look through every inner exception.</summary>
    private static bool AnyInChain(Exception exception, Func<Exception, bool> matches)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (matches(current)) return true;
        }

        return false;
    }
}
