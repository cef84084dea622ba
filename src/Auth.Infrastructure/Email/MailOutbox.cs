using Auth.Application.Abstractions.Messaging;

namespace Auth.Infrastructure.Email;

/// <summary>The mail of one request (scoped), held until its unit of work is saved, then queued for delivery.</summary>
internal sealed class MailOutbox(MailQueue queue) : IMailOutbox
{
    private readonly List<EmailMessage> _pending = [];

    public void Add(EmailMessage message) => _pending.Add(message);

    public void Release()
    {
        foreach (var message in _pending) queue.Enqueue(message);
        _pending.Clear();
    }

    public void Discard() => _pending.Clear();
}
