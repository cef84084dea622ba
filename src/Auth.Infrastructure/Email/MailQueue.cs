using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Auth.Application.Abstractions.Messaging;
using Auth.Application.Behaviors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Email;

/// <summary>
/// Mail saved commands released, waiting for <see cref="MailDispatcher"/>. Bounded: when the relay is down under a
/// flood, new mail is dropped and logged rather than growing memory; the users ask for another code.
/// </summary>
internal sealed partial class MailQueue
{
    private readonly Channel<EmailMessage> _channel;
    private readonly ILogger<MailQueue> _logger;

    public MailQueue(IOptions<EmailOptions> options, ILogger<MailQueue> logger, IMeterFactory? meters = null)
    {
        _logger = logger;
        _channel = Channel.CreateBounded<EmailMessage>(
            new BoundedChannelOptions(options.Value.Delivery.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        meters?.Create(SecurityMetrics.MeterName).CreateObservableGauge(
            "auth.mail.queue.depth", () => Volatile.Read(ref _unfinished), "{message}", "Mail accepted and not yet delivered or given up.");
    }

    private int _unfinished;

    /// <summary>True when every message queued so far was delivered or given up.</summary>
    public bool IsIdle => Volatile.Read(ref _unfinished) == 0;

    public ChannelReader<EmailMessage> Reader => _channel.Reader;

    public void Enqueue(EmailMessage message)
    {
        Interlocked.Increment(ref _unfinished);
        if (_channel.Writer.TryWrite(message)) return;
        Interlocked.Decrement(ref _unfinished);
        LogDropped(_logger, message.Subject);
    }

    /// <summary>Called by the dispatcher once a message is delivered or given up.</summary>
    public void Finished() => Interlocked.Decrement(ref _unfinished);

    /// <summary>No more mail is accepted; what is queued is still delivered.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>Waits until <see cref="IsIdle"/> (tests and tools that read the mail the service sent).</summary>
    public bool WaitUntilIdle(TimeSpan timeout) => SpinWait.SpinUntil(() => IsIdle, timeout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail '{Subject}' dropped: the delivery queue is full or closed")]
    private static partial void LogDropped(ILogger logger, string subject);
}
