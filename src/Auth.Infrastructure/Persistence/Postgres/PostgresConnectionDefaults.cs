using System.Data.Common;
using Npgsql;

namespace Auth.Infrastructure.Persistence.Postgres;

/// <summary>
/// Three Npgsql settings the service's statements want, applied unless the connection string names them itself.
/// Every request runs one or two short statements on a connection leased from the pool, so by default PostgreSQL
/// parsed and planned each statement afresh and ran <c>DISCARD ALL</c> before it: about 0.35 ms of PostgreSQL's CPU
/// per session-token read, against 0.12 ms with the first two (docs/performance.md, "Second round").
/// <list type="bullet">
/// <item><c>Max Auto Prepare</c>: a statement run a few times on a connection is prepared there and only bound
/// afterwards. PostgreSQL re-plans a prepared statement by itself when a migration changes a table it reads.</item>
/// <item><c>No Reset On Close</c>: a connection going back to the pool keeps its session state instead of being
/// reset (which would also drop the prepared statements). The service never changes session state: no
/// <c>SET</c>, temporary tables, advisory locks or <c>LISTEN</c>, and an unfinished transaction is still
/// rolled back.</item>
/// <item><c>Maximum Pool Size</c>: <see cref="ConnectionsPerCore"/> per core of the service's machine, instead of
/// Npgsql's 100. A request holds a connection only for its statements, so a few connections keep the service's cores
/// busy; beyond those, requests wait their turn in the pool's queue instead of contending for the database's cores.
/// With 32 clients rotating refresh tokens on two cores, the 99th percentile fell from 86–147 ms to 46–58 ms at the
/// same rate (docs/performance.md, "Seventh round").</item>
/// </list>
/// </summary>
internal static class PostgresConnectionDefaults
{
    /// <summary>Distinct statements kept prepared per connection; beyond that the least recently used is replaced.</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>Pooled connections per core of the service's machine, unless the connection string sets its own.</summary>
    public const int ConnectionsPerCore = 4;

    public static int MaxPoolSize => ConnectionsPerCore * Environment.ProcessorCount;

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Npgsql writes back only the settings it was given, each under its canonical keyword whatever synonym was used.
        var given = new DbConnectionStringBuilder { ConnectionString = builder.ConnectionString };
        if (!given.ContainsKey("Max Auto Prepare")) builder.MaxAutoPrepare = MaxAutoPrepare;
        if (!given.ContainsKey("No Reset On Close")) builder.NoResetOnClose = true;
        if (!given.ContainsKey("Maximum Pool Size")) builder.MaxPoolSize = MaxPoolSize;
        return builder.ConnectionString;
    }
}
