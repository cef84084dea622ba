using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.Sqlite;

/// <summary>The SQLite flavour of <see cref="AuthDbContext"/>; its migrations live in <c>Persistence/Sqlite/Migrations</c>.</summary>
public sealed class SqliteAuthDbContext(DbContextOptions<SqliteAuthDbContext> options) : AuthDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
