using Auth.Application.Abstractions.Messaging;

namespace Auth.Application.Tests.TestSupport;

/// <summary>An outbox to read instead of a mailbox: what the handlers queued, and whether it was released or dropped.</summary>
public sealed class RecordingMailOutbox : IMailOutbox
{
    private readonly List<EmailMessage> _queued = [];
    private readonly List<EmailMessage> _released = [];

    /// <summary>Everything queued so far (handler tests run without a unit of work, so nothing is released there).</summary>
    public IReadOnlyList<EmailMessage> Sent => _queued;

    public IReadOnlyList<EmailMessage> Released => _released;

    public IReadOnlyList<EmailMessage> To(string address) =>
        _queued.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase)).ToList();

    public void Add(EmailMessage message) => _queued.Add(message);

    public void Release()
    {
        _released.AddRange(_queued);
        _queued.Clear();
    }

    public void Discard() => _queued.Clear();
}
