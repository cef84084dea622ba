using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Auth.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Prepares every SQLite connection EF opens: WAL journal (readers do not block the writer), a busy timeout (a
/// second writer waits for the first instead of failing with SQLITE_BUSY), and a Unicode-aware <c>lower()</c>
/// (SQLite's own folds ASCII only), so that case-insensitive search also works for names such as "Émile".
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    // busy_timeout first: switching an existing file to WAL needs a moment of exclusive access.
    private static readonly string Pragmas =
        FormattableString.Invariant($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA journal_mode = WAL;");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not SqliteConnection sqlite) return;
        Prepare(sqlite);
        using var command = sqlite.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is not SqliteConnection sqlite) return;
        Prepare(sqlite);
        var command = sqlite.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Prepare(SqliteConnection connection) =>
        connection.CreateFunction("lower", (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
}
