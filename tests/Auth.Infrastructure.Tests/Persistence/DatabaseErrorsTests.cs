using System.Reflection;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;
using Npgsql;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>
/// Unique violations of the server engines, recognised without a server. The contract suites raise them for real
/// on every engine (SQLite always; PostgreSQL and MariaDB when their servers are configured, as in CI).
/// </summary>
public sealed class DatabaseErrorsTests
{
    [Fact]
    public void PostgresUniqueViolation_IsRecognised()
    {
        var exception = new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", "23505"));

        Assert.True(DatabaseErrors.IsUniqueViolation(exception));
    }

    [Fact]
    public void PostgresOtherConstraintViolation_IsNotAUniqueViolation()
    {
        var exception = new DbUpdateException("save failed", new PostgresException("fk", "ERROR", "ERROR", "23503"));

        Assert.False(DatabaseErrors.IsUniqueViolation(exception));
    }

    [Theory]
    [InlineData(MySqlErrorCode.DuplicateKeyEntry, true)]
    [InlineData(MySqlErrorCode.NoReferencedRow2, false)]
    public void MySqlError_IsAUniqueViolationOnlyForDuplicateKeyEntry(MySqlErrorCode code, bool expected)
    {
        var exception = new DbUpdateException("save failed", CreateMySqlException(code));

        Assert.Equal(expected, DatabaseErrors.IsUniqueViolation(exception));
    }

    [Fact]
    public void UnrelatedError_IsNotAUniqueViolation() =>
        Assert.False(DatabaseErrors.IsUniqueViolation(new DbUpdateException("save failed", new TimeoutException())));

    /// <summary>MySqlConnector creates its exceptions internally; build one the way it does.</summary>
    private static MySqlException CreateMySqlException(MySqlErrorCode code)
    {
        var constructor = typeof(MySqlException)
            .GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic)
            .First(c => c.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(MySqlErrorCode));
        var arguments = constructor.GetParameters()
            .Select(p => p.ParameterType == typeof(MySqlErrorCode) ? code
                : p.ParameterType == typeof(string) ? "error"
                : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)
            .ToArray();
        return (MySqlException)constructor.Invoke(arguments);
    }
}
