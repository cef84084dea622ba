using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;

namespace Auth.Infrastructure.Persistence;

/// <summary>Recognises a unique-key violation in the error of any supported engine.</summary>
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
}
