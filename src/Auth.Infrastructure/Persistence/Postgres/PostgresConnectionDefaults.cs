using System.Data.Common;
using Npgsql;

namespace Auth.Infrastructure.Persistence.Postgres;

/// <summary>
/// Two Npgsql settings the service's statements want, applied unless the connection string names them itself.
/// Every request runs one or two short statements on a connection leased from the pool, so by default PostgreSQL
/// parsed and planned each statement afresh and ran <c>DISCARD ALL</c> before it: about 0.35 ms of PostgreSQL's CPU
/// per session-token read, against 0.12 ms with these two (docs/performance.md, "Second round").
/// <list type="bullet">
/// <item><c>Max Auto Prepare</c>: a statement run a few times on a connection is prepared there and only bound
/// afterwards. PostgreSQL re-plans a prepared statement by itself when a migration changes a table it reads.</item>
/// <item><c>No Reset On Close</c>: a connection going back to the pool keeps its session state instead of being
/// reset (which would also drop the prepared statements). The service never changes session state: no
/// <c>SET</c>, temporary tables, advisory locks or <c>LISTEN</c>, and an unfinished transaction is still
/// rolled back.</item>
/// </list>
/// </summary>
internal static class PostgresConnectionDefaults
{
    /// <summary>Distinct statements kept prepared per connection; beyond that the least recently used is replaced.</summary>
    public const int MaxAutoPrepare = 64;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(given, "Max Auto Prepare")) builder.MaxAutoPrepare = MaxAutoPrepare;
        if (!Names(given, "No Reset On Close")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>Npgsql reads keywords without regard to case or spaces ("MaxAutoPrepare" too).</summary>
    private static bool Names(DbConnectionStringBuilder given, string keyword) =>
        given.Keys.Cast<string>().Any(key => Normalize(key) == Normalize(keyword));

    private static string Normalize(string keyword) => keyword.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
