using Npgsql;

namespace Auth.Infrastructure.Tests.TestSupport.Persistence;

/// <summary>
/// A fresh database on the PostgreSQL server named by AUTH_TEST_POSTGRES (e.g.
/// "Host=127.0.0.1;Port=55432;Username=postgres"), dropped afterwards.
/// </summary>
internal sealed class PostgresTestDatabase : PersistenceTestDatabase
{
    private readonly string _name = "auth_test_" + Guid.NewGuid().ToString("N");

    private static string Server =>
        Environment.GetEnvironmentVariable("AUTH_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set AUTH_TEST_POSTGRES to a PostgreSQL server connection string.");

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateEmptyDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Auth"] = new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString,
        };
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
