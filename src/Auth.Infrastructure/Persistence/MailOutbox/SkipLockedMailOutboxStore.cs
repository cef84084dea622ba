using Auth.Infrastructure.Email.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.MailOutbox;

/// <summary>
/// PostgreSQL, MySQL 8 and MariaDB 10.6+: the due rows are locked with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent
/// claims take disjoint rows without waiting. Both drivers take the time as a UTC <see cref="DateTime"/>.
/// </summary>
internal sealed class SkipLockedMailOutboxStore(AuthDbContext db) : RelationalMailOutboxStore(db)
{
    protected override IQueryable<QueuedMail> DueForClaim(DateTimeOffset now, int max) =>
        Outbox.FromSql($"""
            SELECT * FROM mail_outbox WHERE state = {Pending} AND due_at <= {now.UtcDateTime}
            ORDER BY due_at LIMIT {max} FOR UPDATE SKIP LOCKED
            """);
}
