using Auth.Application.Abstractions.Messaging;
using Auth.Infrastructure.Email.Outbox;

namespace Auth.Infrastructure.Email;

/// <summary>The outbox's given-up messages as admins see them (the body was erased when the message was given up).</summary>
internal sealed class UndeliveredMailLog(IMailOutboxStore store) : IUndeliveredMailLog
{
    public async Task<IReadOnlyList<UndeliveredMail>> ListAsync(int max, CancellationToken cancellationToken) =>
        (await store.ListUndeliveredAsync(max, cancellationToken).ConfigureAwait(false))
        .Select(m => new UndeliveredMail(m.Id, m.Recipient, m.Subject, m.Attempts, m.LastError, m.QueuedAt, m.FinishedAt ?? m.DueAt))
        .ToList();
}
