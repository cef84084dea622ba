using Auth.Application.Abstractions.Messaging;

namespace Auth.Application.Tests.TestSupport;

/// <summary>An outbox to read instead of a mailbox.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly List<EmailMessage> _sent = [];

    public IReadOnlyList<EmailMessage> Sent => _sent;

    public IReadOnlyList<EmailMessage> To(string address) =>
        _sent.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase)).ToList();

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        _sent.Add(message);
        return Task.CompletedTask;
    }
}
