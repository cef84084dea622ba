namespace Auth.Application.Abstractions.Messaging;

/// <summary>
/// Mail a command sends, handed to the mail relay only after the command's changes are saved and delivered in the
/// background. So a code is never mailed unless it was stored, and no request waits for the relay: a request that
/// mails a code would otherwise take visibly longer than one for an unknown email, which tells who has an account.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Queues <paramref name="message"/> for delivery once the current unit of work is saved.</summary>
    void Add(EmailMessage message);

    /// <summary>Hands the queued mail to the delivery service (the unit of work was saved).</summary>
    void Release();

    /// <summary>Drops the queued mail (the unit of work failed or is retried from scratch).</summary>
    void Discard();
}
