using System.Collections.Concurrent;
using Auth.Application.Abstractions.Messaging;
using Auth.Application.Abstractions.Security;
using Auth.Infrastructure.Email;
using Auth.Infrastructure.Email.Outbox;
using Auth.Infrastructure.Tests.TestSupport;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Email;

/// <summary>
/// The dispatcher over a real outbox (a SQLite file): what a committed unit of work stored is delivered, retried with a
/// doubling wait, given up and listed after the last attempt; one stuck message does not hold up the others; a message
/// whose dispatcher stopped mid-delivery is delivered by another once its lease ends.
/// </summary>
public sealed class MailDispatcherTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly SqliteTestDatabase _database = new();
    private readonly SealingProtector _protector = new();
    private readonly MailDispatchSignal _signal = new();
    private readonly List<MailDispatcher> _dispatchers = [];

    public Task InitializeAsync() => _database.InitializeAsync(TimeProvider.System);

    public async Task DisposeAsync()
    {
        foreach (var dispatcher in _dispatchers)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await dispatcher.StopAsync(deadline.Token);
            dispatcher.Dispose();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task MailOfASavedUnitOfWork_IsDelivered_AndMailOfADiscardedOneIsNot()
    {
        var sender = new FlakySender();
        await StartAsync(sender);

        await SendAsync(outbox => outbox.Add(Message("dropped")), discard: true);
        await SendAsync(outbox => outbox.Add(Message("kept")));

        Assert.True(await IdleAsync());
        Assert.Equal(["kept"], sender.Delivered.Select(m => m.Subject));
        Assert.Equal("Your code is 123456", sender.Delivered.Single().TextBody);
    }

    [Fact]
    public async Task AFailedDelivery_IsRetried_UntilItGoesThrough()
    {
        var sender = new FlakySender { FailuresLeft = 2 };
        var logs = new CapturingLogger<MailDispatcher>();
        await StartAsync(sender, logs);

        await SendAsync(outbox => outbox.Add(Message("code")));

        Assert.True(await IdleAsync());
        Assert.Equal(["code"], sender.Delivered.Select(m => m.Subject));
        Assert.Equal(2, logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("retrying", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AMessageThatNeverGoesThrough_IsGivenUpAfterTheLastAttempt_ListedForAdmins_AndLoggedWithoutItsBody()
    {
        var sender = new FlakySender { FailuresLeft = int.MaxValue };
        var logs = new CapturingLogger<MailDispatcher>();
        await StartAsync(sender, logs);

        await SendAsync(outbox => outbox.Add(Message("code")));

        Assert.True(await IdleAsync());
        Assert.Equal(3, sender.Attempts);
        var givenUp = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("given up after 3 attempts", givenUp.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("123456", StringComparison.Ordinal));
        await using var scope = _database.CreateScope();
        var listed = Assert.Single(await new UndeliveredMailLog(scope.MailOutbox).ListAsync(10, CancellationToken.None));
        Assert.Equal(("ada@example.com", "code", 3, "relay down"), (listed.To, listed.Subject, listed.Attempts, listed.LastError));
    }

    [Fact]
    public async Task OneStuckMessage_DoesNotHoldUpTheOthers()
    {
        var sender = new FlakySender { Stall = "stuck" };
        await StartAsync(sender);

        await SendAsync(outbox => outbox.Add(Message("stuck")));
        Assert.True(SpinWait.SpinUntil(() => sender.Attempts == 1, Patience)); // claimed alone, and hanging
        await SendAsync(outbox => outbox.Add(Message("next")));

        Assert.True(SpinWait.SpinUntil(() => !sender.Delivered.IsEmpty, Patience));
        Assert.Equal(["next"], sender.Delivered.Select(m => m.Subject));
        sender.Unstall();
        Assert.True(await IdleAsync());
    }

    [Fact]
    public async Task AMessageWhoseDispatcherStoppedMidDelivery_IsDeliveredByAnother_OnceItsLeaseEnds()
    {
        var stuck = new FlakySender { Stall = "code" };
        var first = await StartAsync(stuck);
        await SendAsync(outbox => outbox.Add(Message("code")));
        Assert.True(SpinWait.SpinUntil(() => stuck.Attempts == 1, Patience));
        using (var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(100))) await first.StopAsync(deadline.Token);

        var healthy = new FlakySender();
        await StartAsync(healthy);

        Assert.True(await IdleAsync());
        Assert.Equal(["code"], healthy.Delivered.Select(m => m.Subject));
        Assert.Empty(stuck.Delivered);
    }

    [Fact]
    public async Task ABodyThatCannotBeDecrypted_IsGivenUpAtOnce()
    {
        var sender = new FlakySender();
        await StartAsync(sender);

        await using (var scope = _database.CreateScope())
        {
            scope.MailOutbox.Stage(QueuedMail.Queue("ada@example.com", "code", "sealed with another key", DateTimeOffset.UtcNow));
            await scope.SaveAsync();
        }

        _signal.Notify();
        Assert.True(await IdleAsync());
        Assert.Empty(sender.Delivered);
        Assert.Equal(0, sender.Attempts);
    }

    private async Task<MailDispatcher> StartAsync(IEmailSender sender, CapturingLogger<MailDispatcher>? logs = null)
    {
        var options = Options.Create(new EmailOptions
        {
            Delivery = new EmailDeliveryOptions
            {
                Attempts = 3,
                RetryDelay = TimeSpan.FromMilliseconds(20),
                MaxConcurrency = 2,
                Lease = TimeSpan.FromSeconds(1),
                PollInterval = TimeSpan.FromMilliseconds(50),
            },
        });
        var dispatcher = new MailDispatcher(
            _database.Services.GetRequiredService<IServiceScopeFactory>(), sender, _protector, _signal, new MailBacklogGauge(), options,
            new StartedLifetime(), TimeProvider.System, logs ?? new CapturingLogger<MailDispatcher>());
        _dispatchers.Add(dispatcher);
        await dispatcher.StartAsync(CancellationToken.None);
        return dispatcher;
    }

    /// <summary>What a command does: mail added in its scope, the unit of work saved (or reset), then released.</summary>
    private async Task SendAsync(Action<IMailOutbox> send, bool discard = false)
    {
        await using var scope = _database.CreateScope();
        var outbox = new MailOutbox(scope.MailOutbox, _protector, _signal, TimeProvider.System);
        send(outbox);
        if (discard)
        {
            scope.UnitOfWork.Reset();
            outbox.Discard();
        }

        await scope.SaveAsync();
        outbox.Release();
    }

    private async Task<bool> IdleAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = _database.CreateScope();
            if ((await scope.MailOutbox.GetBacklogAsync(CancellationToken.None)).Count == 0) return true;
            await Task.Delay(20);
        }

        return false;
    }

    private static EmailMessage Message(string subject) => new("ada@example.com", subject, "Your code is 123456");

    /// <summary>Reversible and visibly not the plaintext; refuses anything it did not seal.</summary>
    private sealed class SealingProtector : ISecretProtector
    {
        public string Protect(string plaintext, string purpose) => $"sealed:{purpose}:{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(plaintext))}";

        public string? Unprotect(string protectedValue, string purpose) =>
            protectedValue.StartsWith($"sealed:{purpose}:", StringComparison.Ordinal)
                ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(protectedValue[$"sealed:{purpose}:".Length..]))
                : null;
    }

    private sealed class StartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => new(canceled: true);

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }

    private sealed class FlakySender : IEmailSender
    {
        private readonly TaskCompletionSource _unstalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _attempts;

        public ConcurrentQueue<EmailMessage> Delivered { get; } = new();

        public int FailuresLeft { get; set; }

        public string? Stall { get; init; }

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
