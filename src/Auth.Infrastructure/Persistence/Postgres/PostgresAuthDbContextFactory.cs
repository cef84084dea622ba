using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Auth.Infrastructure.Persistence.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL context without a host. The connection string comes from the
/// environment (<c>ConnectionStrings__Auth</c>), else a placeholder; generating migrations never connects.
/// <code>
/// dotnet tool restore
/// dotnet ef migrations add NAME --project src/Auth.Infrastructure --startup-project src/Auth.Infrastructure \
///     --context PostgresAuthDbContext --output-dir Persistence/Postgres/Migrations
/// </code>
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
