using Auth.Application.Abstractions.Messaging;
using Auth.Application.Abstractions.Security;
using Auth.Infrastructure.Email.Outbox;

namespace Auth.Infrastructure.Email;

/// <summary>
/// The mail of one request (scoped): each message is staged in the durable outbox with the unit of work, so it is
/// stored in the same transaction as the command's changes, its body encrypted. <see cref="Release"/> (after the save)
/// wakes this instance's dispatcher; a discarded unit of work drops the staged rows with everything else it held.
/// </summary>
internal sealed class MailOutbox(IMailOutboxStore store, ISecretProtector protector, MailDispatchSignal signal, TimeProvider time) : IMailOutbox
{
    /// <summary>The purpose the bodies are encrypted for: a body cannot be decrypted as any other secret, nor the reverse.</summary>
    public const string BodyPurpose = "mail-outbox-body";

    private bool _staged;

    public void Add(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        store.Stage(QueuedMail.Queue(message.To, message.Subject, protector.Protect(message.TextBody, BodyPurpose), time.GetUtcNow()));
        _staged = true;
    }

    public void Release()
    {
        if (_staged) signal.Notify();
        _staged = false;
    }

    public void Discard() => _staged = false;
}
