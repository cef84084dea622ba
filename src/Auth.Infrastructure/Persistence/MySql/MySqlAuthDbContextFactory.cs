using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Auth.Infrastructure.Persistence.MySql;

/// <summary>
/// Lets <c>dotnet ef</c> build the MySQL context without a host or a server: the connection string comes from
/// <c>ConnectionStrings__Auth</c> and the server version is fixed, so generating migrations never connects.
/// </summary>
internal sealed class MySqlAuthDbContextFactory : IDesignTimeDbContextFactory<MySqlAuthDbContext>
{
    public MySqlAuthDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable(DatabaseOptions.ConnectionStringEnvironmentVariable);
        var options = new DbContextOptionsBuilder<MySqlAuthDbContext>()
            .UseMySql(
                string.IsNullOrWhiteSpace(connectionString) ? "Server=localhost;Database=auth" : connectionString,
                new MariaDbServerVersion(new Version(10, 11)))
            .Options;
        return new MySqlAuthDbContext(options);
    }
}
