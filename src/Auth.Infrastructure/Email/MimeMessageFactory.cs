using Auth.Application.Abstractions.Messaging;
using MimeKit;

namespace Auth.Infrastructure.Email;

internal static class MimeMessageFactory
{
    public static MimeMessage Create(EmailMessage message, string from, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = date,
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.TextBody },
        };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}
