using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Auth.Infrastructure.Persistence.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL context without a host; the connection string comes from
/// <c>ConnectionStrings__Auth</c> (generating migrations never connects).
/// </summary>
internal sealed class PostgresAuthDbContextFactory : IDesignTimeDbContextFactory<PostgresAuthDbContext>
{
    public PostgresAuthDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable(DatabaseOptions.ConnectionStringEnvironmentVariable);
        var options = new DbContextOptionsBuilder<PostgresAuthDbContext>()
            .UseNpgsql(string.IsNullOrWhiteSpace(connectionString) ? "Host=localhost;Database=auth" : connectionString)
            .Options;
        return new PostgresAuthDbContext(options);
    }
}
