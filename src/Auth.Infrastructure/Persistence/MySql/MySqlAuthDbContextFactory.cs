using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Auth.Infrastructure.Persistence.MySql;

/// <summary>
/// Lets <c>dotnet ef</c> build the MySQL context without a host or a server: the connection string comes from
/// <c>ConnectionStrings__Auth</c> (else a placeholder) and the server version is fixed to MariaDB 10.11, the oldest
/// supported, so generating migrations never connects and always produces the same code. The migrations use only
/// types and statements that MySQL 8 and MariaDB 10.11+ share.
/// <code>
/// dotnet tool restore
/// dotnet ef migrations add NAME --project src/Auth.Infrastructure --startup-project src/Auth.Infrastructure \
///     --context MySqlAuthDbContext --output-dir Persistence/MySql/Migrations
/// </code>
/// </summary>
internal sealed class MySqlAuthDbContextFactory : IDesignTimeDbContextFactory<MySqlAuthDbContext>
{
    private static readonly ServerVersion DesignTimeServerVersion = new MariaDbServerVersion(new Version(10, 11));

    public MySqlAuthDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable(DatabaseOptions.ConnectionStringEnvironmentVariable);
        var options = new DbContextOptionsBuilder<MySqlAuthDbContext>()
            .UseMySql(
                string.IsNullOrWhiteSpace(connectionString) ? "Server=localhost;Database=auth" : connectionString,
                DesignTimeServerVersion)
            .Options;
        return new MySqlAuthDbContext(options);
    }
}
