using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Auth.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Lets <c>dotnet ef</c> build the SQLite context without a host. The connection string comes from the
/// environment (<c>ConnectionStrings__Auth</c>), else the default file; generating migrations never opens it.
/// <code>
/// dotnet tool restore
/// dotnet ef migrations add NAME --project src/Auth.Infrastructure --startup-project src/Auth.Infrastructure \
///     --context SqliteAuthDbContext --output-dir Persistence/Sqlite/Migrations
/// </code>
/// </summary>
internal sealed class SqliteAuthDbContextFactory : IDesignTimeDbContextFactory<SqliteAuthDbContext>
{
    public SqliteAuthDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable(DatabaseOptions.ConnectionStringEnvironmentVariable);
        var options = new DbContextOptionsBuilder<SqliteAuthDbContext>()
            .UseSqlite(string.IsNullOrWhiteSpace(connectionString) ? DatabaseOptions.DefaultSqliteConnectionString : connectionString)
            .Options;
        return new SqliteAuthDbContext(options);
    }
}
