using Auth.Application.Abstractions.Messaging;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Email;

/// <summary>Delivers through an SMTP relay with MailKit, one connection per message, within <c>TimeoutSeconds</c>.</summary>
internal sealed partial class SmtpEmailSender(
    IOptions<EmailOptions> options, TimeProvider time, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Smtp;
        var host = settings.Host ?? throw new InvalidOperationException($"{EmailOptions.SectionName}:Smtp:Host is not configured.");
        var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        var mime = MimeMessageFactory.Create(message, options.Value.From, time.GetUtcNow());

        // MailKit's own Timeout bounds each network operation; the linked token bounds the delivery as a whole.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, settings.Port, ToSocketOptions(settings.Security), deadline.Token).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.Username))
                await client.AuthenticateAsync(settings.Username, settings.Password ?? string.Empty, deadline.Token).ConfigureAwait(false);
            await client.SendAsync(mime, deadline.Token).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            var timeoutException = new TimeoutException($"SMTP delivery through {host}:{settings.Port} did not finish within {settings.TimeoutSeconds} s.", ex);
            throw new EmailDeliveryException(timeoutException.Message, timeoutException);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new EmailDeliveryException($"SMTP delivery through {host}:{settings.Port} failed ({ex.GetType().Name}).", ex);
        }

        LogSent(logger, host, settings.Port);
    }

    private static SecureSocketOptions ToSocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Email handed to SMTP relay {Host}:{Port}")]
    private static partial void LogSent(ILogger logger, string host, int port);
}
