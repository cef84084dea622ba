namespace Auth.Infrastructure.Tests.TestSupport.Persistence;

/// <summary>
/// A fresh database on the PostgreSQL or MySQL/MariaDB test server, dropped afterwards. Creating it skips the test
/// when that server is not configured (or fails it under AUTH_TEST_REQUIRE_DATABASES=1, see
/// <see cref="TestDatabaseServers"/>).
/// </summary>
internal sealed class ServerTestDatabase(Func<ServerDatabase> onServer) : PersistenceTestDatabase
{
    private ServerDatabase? _database;

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Not created yet.");

    /// <summary>A database on the server named by AUTH_TEST_POSTGRES.</summary>
    public static ServerTestDatabase Postgres() => new(ServerDatabase.OnPostgres);

    /// <summary>A database on the server named by AUTH_TEST_MYSQL.</summary>
    public static ServerTestDatabase MariaDb() => new(ServerDatabase.OnMySql);

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateEmptyDatabaseAsync()
    {
        var database = onServer();
        Skip.If(database.MissingServer is not null, database.MissingServer);
        await database.CreateAsync();
        _database = database;
        return database.Settings;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_database is not null) await _database.DropAsync();
    }
}
