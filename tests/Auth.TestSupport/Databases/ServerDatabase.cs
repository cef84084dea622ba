using System.Data.Common;
using MySqlConnector;
using Npgsql;

namespace Auth.TestSupport.Databases;

/// <summary>
/// An empty database with a unique name on the PostgreSQL or MySQL/MariaDB test server (see
/// <see cref="TestDatabaseServers"/>), for one test. On MariaDB it takes the server's default character set
/// (latin1 on a bare server): the migrations must make it utf8mb4 themselves.
/// </summary>
public sealed class ServerDatabase
{
    private const string PostgresProvider = "Postgres";
    private const string MySqlProvider = "MySql";

    private readonly string _server;

    private ServerDatabase(string provider, string server)
    {
        Provider = provider;
        _server = server;
        ConnectionString = IsPostgres
            ? new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString
            : new MySqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    /// <summary>The <c>Database:Provider</c> value.</summary>
    public string Provider { get; }

    public string Name { get; } = "auth_test_" + Guid.NewGuid().ToString("N");

    public string ConnectionString { get; }

    /// <summary>The settings that point the service at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Auth"] = ConnectionString,
    };

    private bool IsPostgres => Provider == PostgresProvider;

    /// <summary>On the PostgreSQL server; skips the test when it is not configured.</summary>
    public static ServerDatabase OnPostgres() => new(PostgresProvider, TestDatabaseServers.Postgres);

    /// <summary>On the MySQL/MariaDB server; skips the test when it is not configured.</summary>
    public static ServerDatabase OnMySql() => new(MySqlProvider, TestDatabaseServers.MySql);

    public Task CreateAsync() => ExecuteOnServerAsync(IsPostgres ? $"CREATE DATABASE \"{Name}\"" : $"CREATE DATABASE `{Name}`");

    /// <summary>Closes this database's pooled connections and drops it.</summary>
    public async Task DropAsync()
    {
        if (IsPostgres)
        {
            await using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
        else
        {
            await using (var connection = new MySqlConnection(ConnectionString)) await MySqlConnection.ClearPoolAsync(connection);
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS `{Name}`");
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using DbConnection connection = IsPostgres ? new NpgsqlConnection(_server) : new MySqlConnection(_server);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
