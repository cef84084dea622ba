using System.Data;
using System.Data.Common;
using Auth.Application.Abstractions.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.RateLimiting;

/// <summary>
/// <see cref="IRateLimitStore"/> on the <c>rate_limits</c> table: one atomic upsert per hit on the scope's
/// connection (not in the unit of work: a rejected or failed request is counted all the same). Each provider
/// supplies its statement and how its driver takes and gives times; the statement must leave the row with
/// <c>count = 1, window_start = now</c> when the row is new or its window ended (<c>window_start &lt;= now - window</c>),
/// and <c>count + 1</c> otherwise, and return <c>count, window_start</c>.
/// </summary>
internal abstract class RelationalRateLimitStore(AuthDbContext db) : IRateLimitStore
{
    public async Task<RateLimitCounter> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = db.Database.GetDbConnection();
            return await HitAsync(connection, key, now - window, now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs the provider's upsert; <paramref name="endedBefore"/> is <c>now - window</c>.</summary>
    protected abstract Task<RateLimitCounter> HitAsync(
        DbConnection connection, string key, DateTimeOffset endedBefore, DateTimeOffset now, CancellationToken cancellationToken);

    protected static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
#pragma warning disable CA2100 // The statements are constants of the provider stores; values go in parameters.
        var command = connection.CreateCommand();
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    protected static async Task<(int Count, T WindowStart)> ReadCounterAsync<T>(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                throw new InvalidOperationException("The rate-limit upsert returned no row.");
            return (reader.GetInt32(0), reader.GetFieldValue<T>(1));
        }
    }
}
