using Auth.Infrastructure.Email.Outbox;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>
/// The durable mail outbox: stored with the unit of work or not at all; claims exclusive across concurrent claimers,
/// oldest first, taken again once a lease ends; outcomes written only by the lease holder; bodies erased when finished.
/// </summary>
public abstract partial class RepositoryContractTests
{
    private static readonly TimeSpan MailLease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MailRetention = TimeSpan.FromDays(7);

    [SkippableFact]
    public async Task MailOutbox_AStagedMessage_IsStoredWithTheSave_AndADiscardedUnitOfWorkStoresNone()
    {
        await using (var discarded = NewScope())
        {
            discarded.MailOutbox.Stage(Mail("dropped"));
            discarded.UnitOfWork.Reset();
            await discarded.SaveAsync();
        }

        var kept = Mail("kept");
        await StageAsync(kept);

        var claimed = await ClaimAsync(10, Guid.NewGuid());
        var stored = Assert.Single(claimed);
        Assert.Equal((kept.Id, "ada@example.com", "kept", "sealed:kept"), (stored.Id, stored.Recipient, stored.Subject, stored.ProtectedBody));
        Assert.Equal((1, Now + MailLease, Now), (stored.Attempts, stored.DueAt, stored.QueuedAt));
    }

    [SkippableFact]
    public async Task MailOutbox_AClaim_TakesDueMessagesOldestFirst_AndALeasedOneOnlyAgainWhenItsLeaseEnds()
    {
        var first = Mail("first");
        await StageAsync(first);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var second = Mail("second");
        await StageAsync(second);

        var firstClaim = await ClaimAsync(1, Guid.NewGuid());
        var secondClaim = await ClaimAsync(5, Guid.NewGuid());
        var nothingLeft = await ClaimAsync(5, Guid.NewGuid());
        Clock.Advance(MailLease);
        var lease = Guid.NewGuid();
        var afterLeases = await ClaimAsync(5, lease);

        Assert.Equal([first.Id], firstClaim.Select(m => m.Id));
        Assert.Equal([second.Id], secondClaim.Select(m => m.Id));
        Assert.Empty(nothingLeft);
        Assert.Equal([first.Id, second.Id], afterLeases.Select(m => m.Id));
        Assert.All(afterLeases, m => Assert.Equal((2, lease), (m.Attempts, m.LeaseId!.Value)));
    }

    [SkippableFact]
    public async Task MailOutbox_ConcurrentClaimers_NeverTakeTheSameMessage()
    {
        const int messages = 40;
        await using (var scope = NewScope())
        {
            for (var i = 0; i < messages; i++) scope.MailOutbox.Stage(Mail($"m{i}"));
            await scope.SaveAsync();
        }

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var mine = new List<Guid>();
            while (await ClaimAsync(3, Guid.NewGuid()) is { Count: > 0 } claimed) mine.AddRange(claimed.Select(m => m.Id));
            return mine;
        })));

        var all = taken.SelectMany(ids => ids).ToList();
        Assert.Equal(messages, all.Count);
        Assert.Equal(messages, all.Distinct().Count());
    }

    [SkippableFact]
    public async Task MailOutbox_ASentMessage_LeavesTheBacklog_WithItsBodyErased_AndOnlyTheLeaseHolderWritesItsOutcome()
    {
        await StageAsync(Mail("code"));
        var claimed = Assert.Single(await ClaimAsync(1, Guid.NewGuid()));
        var backlogWhileLeased = await BacklogAsync();

        Clock.Advance(MailLease);
        var retaken = Assert.Single(await ClaimAsync(1, Guid.NewGuid()));
        var staleHolderWrote = await FinishAsync(QueuedMailOutcome.Sent(claimed, Now, MailRetention));
        var holderWrote = await FinishAsync(QueuedMailOutcome.Sent(retaken, Now, MailRetention));
        var twiceWrote = await FinishAsync(QueuedMailOutcome.Sent(retaken, Now, MailRetention));

        Assert.Equal(new MailBacklog(1, claimed.QueuedAt), backlogWhileLeased);
        Assert.Equal((false, true, false), (staleHolderWrote, holderWrote, twiceWrote));
        Assert.Equal(MailBacklog.Empty, await BacklogAsync());
        Clock.Advance(MailLease);
        Assert.Empty(await ClaimAsync(5, Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task MailOutbox_AFailedAttempt_IsDueAgainAtItsRetryTime_AndAGivenUpOneIsListedWithoutItsBody()
    {
        var retried = Mail("retried");
        var givenUp = Mail("given up");
        await StageAsync(retried);
        await StageAsync(givenUp);
        var claimed = await ClaimAsync(2, Guid.NewGuid());

        Assert.True(await FinishAsync(QueuedMailOutcome.Retry(claimed.Single(m => m.Id == retried.Id), Now + TimeSpan.FromSeconds(4), "421 try later")));
        Assert.True(await FinishAsync(QueuedMailOutcome.GivenUp(claimed.Single(m => m.Id == givenUp.Id), Now, MailRetention, "550 no such mailbox")));
        Clock.Advance(TimeSpan.FromSeconds(3));
        var beforeRetryTime = await ClaimAsync(5, Guid.NewGuid());
        Clock.Advance(TimeSpan.FromSeconds(1));
        var atRetryTime = await ClaimAsync(5, Guid.NewGuid());

        Assert.Empty(beforeRetryTime);
        var again = Assert.Single(atRetryTime);
        Assert.Equal((retried.Id, 2, "421 try later", "sealed:retried"), (again.Id, again.Attempts, again.LastError, again.ProtectedBody));
        await using var scope = NewScope();
        var undelivered = Assert.Single(await scope.MailOutbox.ListUndeliveredAsync(10, CancellationToken.None));
        Assert.Equal((givenUp.Id, QueuedMailState.Undelivered, "550 no such mailbox", null), (undelivered.Id, undelivered.State, undelivered.LastError, undelivered.ProtectedBody));
        Assert.Equal((Now - TimeSpan.FromSeconds(4), Now - TimeSpan.FromSeconds(4) + MailRetention), (undelivered.FinishedAt, undelivered.DeleteAfter));
    }

    private QueuedMail Mail(string subject) => QueuedMail.Queue("ada@example.com", subject, "sealed:" + subject, Now);

    private async Task StageAsync(QueuedMail mail)
    {
        await using var scope = NewScope();
        scope.MailOutbox.Stage(mail);
        await scope.SaveAsync();
    }

    private async Task<IReadOnlyList<QueuedMail>> ClaimAsync(int max, Guid lease)
    {
        await using var scope = NewScope();
        return await scope.MailOutbox.ClaimAsync(max, lease, Now, Now + MailLease, CancellationToken.None);
    }

    private async Task<bool> FinishAsync(QueuedMailOutcome outcome)
    {
        await using var scope = NewScope();
        return await scope.MailOutbox.FinishAsync(outcome, CancellationToken.None);
    }

    private async Task<MailBacklog> BacklogAsync()
    {
        await using var scope = NewScope();
        return await scope.MailOutbox.GetBacklogAsync(CancellationToken.None);
    }
}
