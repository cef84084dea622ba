using Microsoft.Data.Sqlite;

namespace Auth.Infrastructure.Tests.TestSupport.Persistence;

/// <summary>A SQLite file in its own temporary folder, deleted (with its WAL files) afterwards.</summary>
internal sealed class SqliteTestDatabase : PersistenceTestDatabase
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "auth-persistence-tests", Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(_directory, "auth.db");

    public string ConnectionString => $"Data Source={FilePath}";

    protected override Task<IReadOnlyDictionary<string, string?>> CreateEmptyDatabaseAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Auth"] = ConnectionString,
        });

    protected override Task DropDatabaseAsync()
    {
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        try
        {
            if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary file left behind is not worth failing a test over.
        }

        return Task.CompletedTask;
    }
}
