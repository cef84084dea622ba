using MySqlConnector;

namespace Auth.Infrastructure.Tests.TestSupport.Persistence;

/// <summary>
/// A fresh database with a unique name on the MariaDB/MySQL server named by AUTH_TEST_MYSQL (for example
/// "Server=127.0.0.1;Port=53306;User ID=auth;Password=..."), dropped afterwards. The database takes the server's
/// default character set (latin1 on a bare MariaDB): the migrations must make it utf8mb4 themselves. Skips the test
/// when the variable is unset (see <see cref="TestDatabaseServers"/>).
/// </summary>
internal sealed class MariaDbTestDatabase : PersistenceTestDatabase
{
    private readonly string _name = "auth_test_" + Guid.NewGuid().ToString("N");
    private string? _server;
    private string? _connectionString;

    public override string ConnectionString => _connectionString ?? throw new InvalidOperationException("Not created yet.");

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateEmptyDatabaseAsync()
    {
        _server = TestDatabaseServers.MySql;
        await ExecuteOnServerAsync($"CREATE DATABASE `{_name}`");
        _connectionString = new MySqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:Auth"] = _connectionString,
        };
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_connectionString is null) return;
        await using (var connection = new MySqlConnection(_connectionString)) await MySqlConnection.ClearPoolAsync(connection);
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS `{_name}`");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new MySqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
