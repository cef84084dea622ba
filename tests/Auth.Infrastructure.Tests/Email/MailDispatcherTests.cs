using Auth.Application.Abstractions.Messaging;
using Auth.Infrastructure.Email;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Email;

public sealed class MailDispatcherTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FlakySender _sender = new();
    private readonly CapturingLogger<MailDispatcher> _logs = new();
    private readonly MailQueue _queue;
    private readonly MailDispatcher _dispatcher;

    public MailDispatcherTests()
    {
        var options = Options.Create(new EmailOptions
        {
            Delivery = new EmailDeliveryOptions { Attempts = 3, RetryDelay = TimeSpan.FromMilliseconds(20), MaxConcurrency = 2, QueueCapacity = 4 },
        });
        _queue = new MailQueue(options, NullLogger<MailQueue>.Instance);
        _dispatcher = new MailDispatcher(_queue, _sender, options, _logs);
    }

    [Fact]
    public async Task MailReleasedByAnOutbox_IsDelivered_OnlyWhenReleased()
    {
        await _dispatcher.StartAsync(CancellationToken.None);
        var outbox = new MailOutbox(_queue);
        outbox.Add(Message("kept"));
        outbox.Add(Message("dropped"));
        outbox.Discard();
        outbox.Add(Message("kept"));

        var idleBeforeRelease = _queue.WaitUntilIdle(TimeSpan.FromMilliseconds(100)) && _sender.Delivered.IsEmpty;
        outbox.Release();

        Assert.True(idleBeforeRelease);
        Assert.True(_queue.WaitUntilIdle(Patience));
        Assert.Equal(["kept"], _sender.Delivered.Select(m => m.Subject));
    }

    [Fact]
    public async Task AFailedDelivery_IsRetried_UntilItGoesThrough()
    {
        _sender.FailuresLeft = 2;
        await _dispatcher.StartAsync(CancellationToken.None);

        _queue.Enqueue(Message("code"));

        Assert.True(_queue.WaitUntilIdle(Patience));
        Assert.Equal(["code"], _sender.Delivered.Select(m => m.Subject));
        Assert.Equal(2, _logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("retrying", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AMessageThatNeverGoesThrough_IsGivenUpAfterTheLastAttempt_AndLoggedWithoutItsBody()
    {
        _sender.FailuresLeft = int.MaxValue;
        await _dispatcher.StartAsync(CancellationToken.None);

        _queue.Enqueue(Message("code"));

        Assert.True(_queue.WaitUntilIdle(Patience));
        Assert.Equal(3, _sender.Attempts);
        var lost = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("lost after 3 attempts", lost.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains("123456", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneStuckMessage_DoesNotHoldUpTheOthers()
    {
        _sender.Stall = "stuck";
        await _dispatcher.StartAsync(CancellationToken.None);

        _queue.Enqueue(Message("stuck"));
        _queue.Enqueue(Message("next"));

        Assert.True(SpinWait.SpinUntil(() => !_sender.Delivered.IsEmpty, Patience));
        Assert.Equal(["next"], _sender.Delivered.Select(m => m.Subject));
        _sender.Unstall();
        Assert.True(_queue.WaitUntilIdle(Patience));
    }

    [Fact]
    public async Task Stopping_DeliversWhatIsQueued_ThenRefusesNewMail()
    {
        for (var i = 0; i < 4; i++) _queue.Enqueue(Message($"queued {i}"));
        await _dispatcher.StartAsync(CancellationToken.None);

        await _dispatcher.StopAsync(CancellationToken.None);
        _queue.Enqueue(Message("too late"));

        Assert.Equal(4, _sender.Delivered.Count);
        Assert.True(_queue.IsIdle);
    }

    [Fact]
    public async Task Stopping_PastTheHostsDeadline_GivesUpOnMailThatIsStuck_AndLogsIt()
    {
        _sender.Stall = "stuck";
        await _dispatcher.StartAsync(CancellationToken.None);
        _queue.Enqueue(Message("stuck"));
        Assert.True(SpinWait.SpinUntil(() => _sender.Attempts == 1, Patience));

        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await _dispatcher.StopAsync(deadline.Token).WaitAsync(Patience);

        Assert.Empty(_sender.Delivered);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("'stuck' lost: the service stopped", StringComparison.Ordinal));
    }

    [Fact]
    public void AFullQueue_DropsNewMail_InsteadOfGrowing()
    {
        for (var i = 0; i < 6; i++) _queue.Enqueue(Message($"message {i}"));

        Assert.Equal(4, _queue.Reader.Count);
    }

    public async ValueTask DisposeAsync()
    {
        _sender.Unstall();
        await _dispatcher.StopAsync(CancellationToken.None);
        _dispatcher.Dispose();
    }

    private static EmailMessage Message(string subject) => new("ada@example.com", subject, "Your code is 123456");

    private sealed class FlakySender : IEmailSender
    {
        private readonly TaskCompletionSource _unstalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _attempts;

        public System.Collections.Concurrent.ConcurrentQueue<EmailMessage> Delivered { get; } = new();

        public int FailuresLeft { get; set; }

        public string? Stall { get; set; }

        public int Attempts => Volatile.Read(ref _attempts);

        public void Unstall() => _unstalled.TrySetResult();

        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            if (message.Subject == Stall) await _unstalled.Task.WaitAsync(cancellationToken);
            if (FailuresLeft-- > 0) throw new EmailDeliveryException("relay down", new IOException("connection refused"));
            Delivered.Enqueue(message);
        }
    }
}
