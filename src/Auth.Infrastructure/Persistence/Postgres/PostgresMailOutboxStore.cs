using Auth.Infrastructure.Email.Outbox;
using Auth.Infrastructure.Persistence.MailOutbox;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.Postgres;

/// <summary>PostgreSQL: the due rows are locked with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent claims take disjoint rows without waiting.</summary>
internal sealed class PostgresMailOutboxStore(AuthDbContext db) : RelationalMailOutboxStore(db)
{
    protected override IQueryable<QueuedMail> DueForClaim(DateTimeOffset now, int max) =>
        Outbox.FromSql($"""
            SELECT * FROM mail_outbox WHERE state = {Pending} AND due_at <= {now.ToUniversalTime()}
            ORDER BY due_at LIMIT {max} FOR UPDATE SKIP LOCKED
            """);
}
