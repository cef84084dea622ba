using Auth.Infrastructure.Email.Outbox;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.MailOutbox;

/// <summary>
/// <see cref="IMailOutboxStore"/> over <c>mail_outbox</c>. New messages ride on the unit of work (inserted in its
/// transaction). A claim is one <c>FindOneAndUpdate({ state: Pending, dueAt ≤ now }, lease)</c> per message: the server
/// updates a document atomically and hands it to that caller only, so concurrent claims take disjoint messages.
/// </summary>
internal sealed class MongoMailOutboxStore(AuthMongoDatabase database, MongoChangeTracker tracker) : IMailOutboxStore
{
    /// <summary>Where new messages come in a save's inserts: after every aggregate collection.</summary>
    internal const int WriteOrder = 100;

    private static FilterDefinitionBuilder<QueuedMail> Filter => Builders<QueuedMail>.Filter;

    private static UpdateDefinitionBuilder<QueuedMail> Update => Builders<QueuedMail>.Update;

    public void Stage(QueuedMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        tracker.AddDocument(MongoCollectionNames.MailOutbox, WriteOrder, mail.Id, mail);
    }

    public async Task<IReadOnlyList<QueuedMail>> ClaimAsync(
        int max, Guid lease, DateTimeOffset now, DateTimeOffset leaseEnds, CancellationToken cancellationToken)
    {
        var claimed = new List<QueuedMail>(max);
        var options = new FindOneAndUpdateOptions<QueuedMail>
        {
            Sort = Builders<QueuedMail>.Sort.Ascending(m => m.DueAt),
            ReturnDocument = ReturnDocument.After,
        };
        var claim = Update.Set(m => m.LeaseId, lease).Set(m => m.DueAt, leaseEnds).Inc(m => m.Attempts, 1);
        while (claimed.Count < max)
        {
            var mail = await database.MailOutbox.FindOneAndUpdateAsync(DueFilter(now), claim, options, cancellationToken).ConfigureAwait(false);
            if (mail is null) break;
            claimed.Add(mail);
        }

        return claimed;
    }

    public async Task<bool> FinishAsync(QueuedMailOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var update = Update
            .Set(m => m.State, outcome.State)
            .Set(m => m.DueAt, outcome.DueAt)
            .Set(m => m.LastError, outcome.Error);
        if (outcome.IsFinished)
        {
            update = update
                .Set(m => m.FinishedAt, outcome.FinishedAt)
                .Set(m => m.DeleteAfter, outcome.DeleteAfter)
                .Unset(m => m.ProtectedBody);
        }

        var filter = Filter.Eq(m => m.Id, outcome.Id) & Filter.Eq(m => m.LeaseId, outcome.Lease) & Filter.Eq(m => m.State, QueuedMailState.Pending);
        var result = await database.MailOutbox.UpdateOneAsync(filter, update, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.MatchedCount == 1;
    }

    public async Task<MailBacklog> GetBacklogAsync(CancellationToken cancellationToken)
    {
        var pending = Filter.Eq(m => m.State, QueuedMailState.Pending);
        var count = await database.MailOutbox.CountDocumentsAsync(pending, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (count == 0) return MailBacklog.Empty;
        var oldest = await database.MailOutbox.Find(pending).SortBy(m => m.QueuedAt).Limit(1).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new MailBacklog(checked((int)count), oldest?.QueuedAt);
    }

    public async Task<IReadOnlyList<QueuedMail>> ListUndeliveredAsync(int max, CancellationToken cancellationToken) =>
        await database.MailOutbox
            .Find(Filter.Eq(m => m.State, QueuedMailState.Undelivered))
            .SortByDescending(m => m.FinishedAt)
            .Limit(max)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Pending messages due at <paramref name="now"/> (never claimed, retry due, or lease over).</summary>
    internal static FilterDefinition<QueuedMail> DueFilter(DateTimeOffset now) =>
        Filter.Eq(m => m.State, QueuedMailState.Pending) & Filter.Lte(m => m.DueAt, now);
}
