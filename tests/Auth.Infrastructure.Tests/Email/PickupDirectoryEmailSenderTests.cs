using Auth.Application.Abstractions.Messaging;
using Auth.Infrastructure.Email;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Auth.Infrastructure.Tests.Email;

public sealed class PickupDirectoryEmailSenderTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private readonly FakeTimeProvider _time = new(TestTime.Epoch);
    private readonly string _directory;
    private readonly PickupDirectoryEmailSender _sender;

    public PickupDirectoryEmailSenderTests()
    {
        _directory = Path.Combine(_root.Path, "nested", "mail");
        _sender = new PickupDirectoryEmailSender(
            Options.Create(new EmailOptions { PickupDirectory = _directory }), _time, NullLogger<PickupDirectoryEmailSender>.Instance);
    }

    [Fact]
    public async Task SendAsync_WritesOneEmlFileThatMailToolsCanRead()
    {
        await _sender.SendAsync(new EmailMessage("ada@example.com", "Vérifiez votre e-mail ✉", "Votre code : 004211\nÀ bientôt"), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(_directory));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("ada@example.com", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("no-reply@localhost", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("Vérifiez votre e-mail ✉", message.Subject);
        Assert.Equal("Votre code : 004211\nÀ bientôt", message.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Equal(TestTime.Epoch, message.Date);
        var text = await File.ReadAllTextAsync(file);
        Assert.Equal(text.Split('\n').Length, text.Split("\r\n").Length);
    }

    [Fact]
    public async Task SendAsync_NamesFilesSoThatTheyListInSendingOrder_AndLeavesNoTemporaryFiles()
    {
        for (var i = 0; i < 12; i++)
        {
            await _sender.SendAsync(new EmailMessage("ada@example.com", $"Message {i}", "Body"), CancellationToken.None);
            _time.Advance(TimeSpan.FromMilliseconds(i % 3 == 0 ? 1 : 1000));
        }

        var files = Directory.GetFiles(_directory).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(12, files.Count);
        Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
        for (var i = 0; i < files.Count; i++)
            Assert.Equal($"Message {i}", (await MimeMessage.LoadAsync(files[i])).Subject);
    }

    [Fact]
    public async Task SendAsync_TwoMessagesAtTheSameInstant_GetTwoFiles()
    {
        await _sender.SendAsync(new EmailMessage("ada@example.com", "One", "Body"), CancellationToken.None);
        await _sender.SendAsync(new EmailMessage("ada@example.com", "Two", "Body"), CancellationToken.None);

        Assert.Equal(2, Directory.GetFiles(_directory, "*.eml").Length);
    }

    public void Dispose() => _root.Dispose();
}
