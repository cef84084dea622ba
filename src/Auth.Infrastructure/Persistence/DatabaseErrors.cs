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

    public static bool IsUniqueViolation(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
                    when sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey:
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }:
                case MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The server rolled the transaction back to break a deadlock (or, on PostgreSQL, a serialization failure): the
    /// same as a lost optimistic race, so the command may run again from scratch.
    /// </summary>
    public static bool IsLostLockRace(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }:
                case MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock }:
                    return true;
            }
        }

        return false;
    }
}
