namespace Auth.Infrastructure.Persistence;

/// <summary>
/// The <c>Database</c> configuration section. The connection string is <c>ConnectionStrings:Auth</c>
/// (environment: <c>ConnectionStrings__Auth</c>); SQLite falls back to a file under <c>./.data/</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "Auth";

    /// <summary>The environment variable design-time factories read (the same key as the configuration).</summary>
    public const string ConnectionStringEnvironmentVariable = "ConnectionStrings__Auth";

    public const string DefaultSqliteConnectionString = "Data Source=./.data/auth.db";

    /// <summary><c>Database:Provider</c>: Sqlite (default), Postgres, MySql or Mongo.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary><c>Database:MigrateOnStartup</c>: apply pending migrations when the host starts (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
