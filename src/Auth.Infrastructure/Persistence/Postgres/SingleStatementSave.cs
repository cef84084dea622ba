using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Auth.Infrastructure.Persistence.Postgres;

/// <summary>
/// On PostgreSQL, writes a save of several inserted or updated rows as one statement, which commits on its own: EF Core
/// would send them in a transaction whose COMMIT is a round trip of its own, a third of a refresh's. Each row is a
/// data-modifying WITH clause. An update carries the same checks as EF Core's (the key, and the original version of
/// an aggregate) and must find its row; if one does not, the statement divides by zero, so PostgreSQL rolls all of it
/// back, and the save ends as a lost race, exactly as EF Core's would. A save it cannot write this way (one row, a
/// delete, an owned value such as the avatar, a key the database generates, an open transaction) is left to EF Core.
/// </summary>
internal sealed class SingleStatementSave
{
    /// <summary>Writes the context's changes and accepts them; false, having written nothing, when EF Core must save them.</summary>
    public async Task<bool> TrySaveAsync(AuthDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null) return false;
        AggregateRootEntries.StampVersions(db.ChangeTracker);
        var changed = AggregateRootEntries.Tracked(db.ChangeTracker).Where(e => e.State != EntityState.Unchanged).ToList();
        // A single row is one statement already, sent by EF Core without a transaction.
        if (changed.Count < 2 || !changed.All(IsWholeRow)) return false;

        // Sent on the context's connection but not through EF Core's command pipeline, which would log a lost race
        // as a failed command (an error); EF Core's own save reports a stale version at Debug.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            Render(changed, command, db.GetService<ISqlGenerationHelper>());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DivisionByZero)
        {
            throw UnitOfWork.StaleVersion(changed, exception);
        }
        catch (PostgresException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            throw UnitOfWork.TakenUniqueKey(changed, exception);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        db.ChangeTracker.AcceptAllChanges();
        return true;
    }

    /// <summary>An added or modified row of one table, all of its state in its own columns.</summary>
    private static bool IsWholeRow(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified
        && !entry.Metadata.IsOwned()
        && entry.Metadata.GetTableName() is not null
        && !entry.Metadata.GetNavigations().Any(n => n.ForeignKey.IsOwnership)
        && !entry.Metadata.GetComplexProperties().Any()
        && !entry.Properties.Any(p => p.IsTemporary);

    private static void Render(List<EntityEntry> changed, NpgsqlCommand command, ISqlGenerationHelper sqlHelper)
    {
        var sql = new StringBuilder("WITH ");
        var mustFindRow = new List<string>();
        for (var i = 0; i < changed.Count; i++)
        {
            var entry = changed[i];
            var table = StoreObjectIdentifier.Table(entry.Metadata.GetTableName()!, entry.Metadata.GetSchema());
            var tableName = sqlHelper.DelimitIdentifier(table.Name, table.Schema);
            string Column(IProperty property) => sqlHelper.DelimitIdentifier(property.GetColumnName(table)!);
            string Bind(IProperty property, object? value)
            {
                var name = "p" + command.Parameters.Count;
                command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
                return "@" + name;
            }

            var clause = "w" + i;
            if (i > 0) sql.Append(", ");
            sql.Append(clause).Append(" AS (");
            if (entry.State == EntityState.Added)
            {
                var columns = entry.Properties.Select(p => p.Metadata).ToList();
                sql.Append("INSERT INTO ").Append(tableName)
                    .Append(" (").AppendJoin(", ", columns.Select(Column))
                    .Append(") VALUES (").AppendJoin(", ", columns.Select(c => Bind(c, entry.Property(c.Name).CurrentValue)))
                    .Append(')');
            }
            else
            {
                var set = entry.Properties.Where(p => p.IsModified).Select(p => $"{Column(p.Metadata)} = {Bind(p.Metadata, p.CurrentValue)}");
                var checks = entry.Properties
                    .Where(p => p.Metadata.IsPrimaryKey() || p.Metadata.IsConcurrencyToken)
                    .Select(p => $"{Column(p.Metadata)} = {Bind(p.Metadata, p.OriginalValue)}");
                sql.Append("UPDATE ").Append(tableName)
                    .Append(" SET ").AppendJoin(", ", set)
                    .Append(" WHERE ").AppendJoin(" AND ", checks)
                    .Append(" RETURNING 1");
                mustFindRow.Add(clause);
            }

            sql.Append(')');
        }

        sql.Append(" SELECT 1 / (")
            .AppendJoin(" * ", mustFindRow.Select(c => $"(SELECT count(*) FROM {c})").DefaultIfEmpty("1"))
            .Append(')');
        command.CommandText = sql.ToString();
    }
}
