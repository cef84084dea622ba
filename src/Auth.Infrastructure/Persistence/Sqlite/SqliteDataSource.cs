using Microsoft.Data.Sqlite;

namespace Auth.Infrastructure.Persistence.Sqlite;

/// <summary>Creates the folder of a file database (the default is <c>./.data/auth.db</c>) before SQLite opens it.</summary>
internal static class SqliteDataSource
{
    public static void EnsureDirectory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrWhiteSpace(path) || path == ":memory:"
            || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return;

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    }
}
