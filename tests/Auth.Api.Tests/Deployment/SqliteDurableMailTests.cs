using Microsoft.Data.Sqlite;

namespace Auth.Api.Tests.Deployment;

/// <summary>The <see cref="DurableMailTests"/> on a SQLite file that every process of the test opens.</summary>
public sealed class SqliteDurableMailTests : DurableMailTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "auth-durable-mail-db-" + Guid.NewGuid().ToString("N"));

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "auth.db")}";

    private protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Auth"] = ConnectionString,
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private protected override async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
