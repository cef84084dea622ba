using System.Data.Common;
using MySqlConnector;
using Npgsql;

namespace Auth.TestSupport.Databases;

/// <summary>
/// An empty database with a unique name on the PostgreSQL or MySQL/MariaDB test server (see
/// <see cref="TestDatabaseServers"/>), for one test. On MariaDB it takes the server's default character set
/// (latin1 on a bare server): the migrations must make it utf8mb4 themselves. When the server is not configured,
/// <see cref="MissingServer"/> says so and the test that holds it skips with that reason before using it.
/// </summary>
public sealed class ServerDatabase
{
    private const string PostgresProvider = "Postgres";
    private const string MySqlProvider = "MySql";

    private readonly string? _server;
    private readonly string? _connectionString;

    private ServerDatabase(string provider, string? server, string? missingServer)
    {
        Provider = provider;
        _server = server;
        MissingServer = missingServer;
        if (server is null) return;
        _connectionString = IsPostgres
            ? new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString
            : new MySqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    /// <summary>The <c>Database:Provider</c> value.</summary>
    public string Provider { get; }

    public string Name { get; } = "auth_test_" + Guid.NewGuid().ToString("N");

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException(MissingServer);

    /// <summary>Why there is no server to create this database on (the reason to skip the test), or null when there is one.</summary>
    public string? MissingServer { get; }

    /// <summary>The settings that point the service at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Auth"] = ConnectionString,
    };

    private bool IsPostgres => Provider == PostgresProvider;

    /// <summary>On the PostgreSQL server named by <see cref="TestDatabaseServers.PostgresVariable"/>.</summary>
    public static ServerDatabase OnPostgres() =>
        On(PostgresProvider, TestDatabaseServers.PostgresVariable, "PostgreSQL");

    /// <summary>On the MySQL/MariaDB server named by <see cref="TestDatabaseServers.MySqlVariable"/>.</summary>
    public static ServerDatabase OnMySql() =>
        On(MySqlProvider, TestDatabaseServers.MySqlVariable, "MySQL/MariaDB");

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

    private static ServerDatabase On(string provider, string variable, string engine)
    {
        var server = TestDatabaseServers.ConnectionString(variable, engine, out var missing);
        return new(provider, server, missing);
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var server = _server ?? throw new InvalidOperationException(MissingServer);
        await using DbConnection connection = IsPostgres ? new NpgsqlConnection(server) : new MySqlConnection(server);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
