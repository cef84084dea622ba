using Auth.Infrastructure.Persistence.Cleanup;

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

    /// <summary>
    /// <c>Database:ServerVersion</c>, MySql only: the server's version as Pomelo spells it (<c>10.11.6-mariadb</c>,
    /// <c>8.4.3-mysql</c>). Unset, it is detected from the server when the first context is built.
    /// </summary>
    public string? ServerVersion { get; set; }

    /// <summary><c>Database:Cleanup</c>: the expired-data clean-up of the relational providers.</summary>
    public DatabaseCleanupOptions Cleanup { get; set; } = new();
}
