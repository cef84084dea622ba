using MySqlConnector;

namespace Auth.Infrastructure.Tests.TestSupport.Persistence;

/// <summary>
/// A fresh database on the MariaDB/MySQL server named by AUTH_TEST_MYSQL (e.g.
/// "Server=127.0.0.1;Port=53306;User ID=root;Password=..."), dropped afterwards.
/// </summary>
internal sealed class MariaDbTestDatabase : PersistenceTestDatabase
{
    private readonly string _name = "auth_test_" + Guid.NewGuid().ToString("N");

    private static string Server =>
        Environment.GetEnvironmentVariable("AUTH_TEST_MYSQL")
        ?? throw new InvalidOperationException("Set AUTH_TEST_MYSQL to a MariaDB/MySQL server connection string.");

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateEmptyDatabaseAsync()
    {
        await using var connection = new MySqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new MySqlCommand($"CREATE DATABASE `{_name}`", connection);
        await command.ExecuteNonQueryAsync();
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:Auth"] = new MySqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString,
        };
    }

    protected override async Task DropDatabaseAsync()
    {
        MySqlConnection.ClearAllPools();
        await using var connection = new MySqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new MySqlCommand($"DROP DATABASE IF EXISTS `{_name}`", connection);
        await command.ExecuteNonQueryAsync();
    }
}
