using System.Data;
using Auth.Infrastructure.Email.Outbox;
using Auth.Infrastructure.Persistence.MailOutbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Auth.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite has no row locks: the claim's transaction begins <c>IMMEDIATE</c>, taking the database's single write lock
/// before it reads, so two claims run one after the other and the second sees the first one's leases (a deferred
/// transaction would read first and then fail to upgrade). Times are UTC ticks, as the model stores them.
/// </summary>
internal sealed class SqliteMailOutboxStore(AuthDbContext db) : RelationalMailOutboxStore(db)
{
    private readonly AuthDbContext _db = db;

    protected override async Task<IDbContextTransaction> BeginClaimAsync(CancellationToken cancellationToken)
    {
        await _db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = (SqliteConnection)_db.Database.GetDbConnection();
        var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        return await _db.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("EF did not take the claim's transaction.");
    }

    protected override IQueryable<QueuedMail> DueForClaim(DateTimeOffset now, int max) =>
        Outbox.FromSql($"SELECT * FROM mail_outbox WHERE state = {Pending} AND due_at <= {now.UtcTicks} ORDER BY due_at LIMIT {max}");
}
