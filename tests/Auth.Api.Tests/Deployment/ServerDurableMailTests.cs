using System.Data.Common;
using MySqlConnector;
using Npgsql;

namespace Auth.Api.Tests.Deployment;

/// <summary>The <see cref="DurableMailTests"/> on a database of a test server, created and dropped around each test.</summary>
public abstract class ServerDurableMailTests : DurableMailTests
{
    private readonly ServerDatabase _database;

    private protected ServerDurableMailTests(ServerDatabase database)
    {
        Skip.If(database.MissingServer is not null, database.MissingServer);
        _database = database;
    }

    private protected override IReadOnlyDictionary<string, string?> DatabaseSettings => _database.Settings;

    public override Task InitializeAsync() => _database.CreateAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
    }

    private protected override async Task<long> CountAsync(string sql)
    {
        await using DbConnection connection = _database.Provider == "Postgres"
            ? new NpgsqlConnection(_database.ConnectionString)
            : new MySqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The <see cref="DurableMailTests"/> on PostgreSQL (AUTH_TEST_POSTGRES).</summary>
public sealed class PostgresDurableMailTests() : ServerDurableMailTests(ServerDatabase.OnPostgres());

/// <summary>The <see cref="DurableMailTests"/> on MySQL/MariaDB (AUTH_TEST_MYSQL).</summary>
public sealed class MariaDbDurableMailTests() : ServerDurableMailTests(ServerDatabase.OnMySql());
