using Npgsql;

namespace Auth.Infrastructure.Tests.TestSupport.Persistence;

/// <summary>
/// A fresh database with a unique name on the PostgreSQL server named by AUTH_TEST_POSTGRES (for example
/// "Host=127.0.0.1;Port=55432;Username=auth;Password=...;Database=postgres"), dropped afterwards. Skips the test
/// when the variable is unset (see <see cref="TestDatabaseServers"/>).
/// </summary>
internal sealed class PostgresTestDatabase : PersistenceTestDatabase
{
    private readonly string _name = "auth_test_" + Guid.NewGuid().ToString("N");
    private string? _server;
    private string? _connectionString;

    public override string ConnectionString => _connectionString ?? throw new InvalidOperationException("Not created yet.");

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateEmptyDatabaseAsync()
    {
        _server = TestDatabaseServers.Postgres;
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
        _connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Auth"] = _connectionString,
        };
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_connectionString is null) return;
        await using (var connection = new NpgsqlConnection(_connectionString)) NpgsqlConnection.ClearPool(connection);
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
