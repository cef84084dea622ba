using System.Diagnostics;
using System.Text;
using Auth.Application.Abstractions.Messaging;
using Auth.Infrastructure.Email;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Auth.Infrastructure.Tests.Email;

public sealed class SmtpEmailSenderTests
{
    [Fact]
    public async Task SendAsync_DeliversTheMessageToTheSmtpServer()
    {
        await using var server = new FakeSmtpServer();
        var sender = CreateSender(server.Port);

        await sender.SendAsync(new EmailMessage("ada@example.com", "Your code", "Your sign-in code is 042042.\n.\nBye"), CancellationToken.None);

        var message = MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(await server.ReceiveAsync())));
        Assert.Equal("ada@example.com", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("no-reply@auth.test", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("Your code", message.Subject);
        Assert.Equal("Your sign-in code is 042042.\n.\nBye", message.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Contains(server.Commands, c => c.StartsWith("RCPT TO:<ada@example.com>", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("QUIT", server.Commands);
    }

    [Fact]
    public async Task SendAsync_ToAServerThatNeverAnswers_GivesUpWithATimeoutWithinTheConfiguredTime()
    {
        await using var server = new FakeSmtpServer(silent: true);
        var sender = CreateSender(server.Port, timeoutSeconds: 1);
        var stopwatch = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<EmailDeliveryException>(() =>
            sender.SendAsync(new EmailMessage("ada@example.com", "Your code", "123456"), CancellationToken.None));

        Assert.IsType<TimeoutException>(exception.InnerException);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(5));
        Assert.DoesNotContain("123456", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_CancelledByTheCaller_IsACancellationNotATimeout()
    {
        await using var server = new FakeSmtpServer(silent: true);
        var sender = CreateSender(server.Port, timeoutSeconds: 30);
        using var cancellation = new CancellationTokenSource();

        var sending = sender.SendAsync(new EmailMessage("ada@example.com", "Subject", "Body"), cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    private static SmtpEmailSender CreateSender(int port, int timeoutSeconds = 10) => new(
        Options.Create(new EmailOptions
        {
            Provider = EmailProvider.Smtp,
            From = "Auth <no-reply@auth.test>",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, TimeoutSeconds = timeoutSeconds },
        }),
        new FakeTimeProvider(TestTime.Epoch),
        NullLogger<SmtpEmailSender>.Instance);
}
