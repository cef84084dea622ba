namespace Auth.Application.Abstractions.Messaging;

/// <summary>A plain-text email. The body may carry a one-time code, so messages are never logged whole.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    public override string ToString() => $"EmailMessage {{ To = {To}, Subject = {Subject} }}";
}
