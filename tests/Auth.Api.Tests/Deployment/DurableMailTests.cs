using System.Net;
using System.Net.Sockets;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Deployment;

/// <summary>
/// The durable mail outbox with real service processes: mail a command accepted survives a process killed (SIGKILL)
/// while delivering it, and two instances on one database deliver every message exactly once. On SQLite
/// (<see cref="SqliteDurableMailTests"/>), PostgreSQL and MariaDB (skipped with the reason when the server is not configured).
/// </summary>
public abstract class DurableMailTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";

    private readonly string _mail = Path.Combine(Path.GetTempPath(), "auth-durable-mail-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProcess> _processes = [];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var process in _processes) await process.DisposeAsync();
        if (Directory.Exists(_mail)) Directory.Delete(_mail, recursive: true);
    }

    /// <summary>The settings that point the service at this test's database.</summary>
    private protected abstract IReadOnlyDictionary<string, string?> DatabaseSettings { get; }

    /// <summary>The first column of the first row of <paramref name="sql"/> on this test's database.</summary>
    private protected abstract Task<long> CountAsync(string sql);

    [SkippableFact]
    public async Task MailAcceptedBeforeTheProcessWasKilledMidDelivery_IsDeliveredAfterARestart()
    {
        using var silentRelay = new TcpListener(IPAddress.Loopback, 0);
        silentRelay.Start();
        var relayPort = ((IPEndPoint)silentRelay.LocalEndpoint).Port;
        var stuck = await StartAsync(new Dictionary<string, string?>
        {
            ["Email:Provider"] = "Smtp",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = relayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:Smtp:TimeoutSeconds"] = "300",
        });
        var api = new ApiClient(stuck.NewHttpClient());

        var signedUp = await api.PostAsync("/api/v1/auth/sign-up", new { name = "Ada Lovelace", email = "ada@example.com", password = Password });
        // The dispatcher has the message and waits for a relay that never answers: the process dies mid-delivery.
        using var inFlight = await silentRelay.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(20));
        await stuck.DisposeAsync();
        _processes.Remove(stuck);
        var deliveredBeforeRestart = new Mailbox(_mail).Recipients().Count;

        var restarted = await StartAsync(new Dictionary<string, string?>());
        var code = await new Mailbox(_mail).WaitForLatestCodeAsync("ada@example.com", Mailbox.EmailVerificationSubject, TimeSpan.FromSeconds(30));
        var verified = await new ApiClient(restarted.NewHttpClient()).PostAsync("/api/v1/auth/email/verify", new { email = "ada@example.com", code });

        Assert.Equal(HttpStatusCode.Created, signedUp.Status);
        Assert.Equal(0, deliveredBeforeRestart);
        Assert.Equal(HttpStatusCode.OK, verified.Status);
        Assert.Equal(["ada@example.com"], new Mailbox(_mail).Recipients());
    }

    [SkippableFact]
    public async Task TwoInstancesOnOneDatabase_DeliverEachOf500Messages_ExactlyOnce()
    {
        const int messages = 500;
        var first = new ApiClient((await StartAsync(new Dictionary<string, string?>())).NewHttpClient());
        var second = new ApiClient((await StartAsync(new Dictionary<string, string?>())).NewHttpClient());
        var emails = Enumerable.Range(0, messages).Select(i => $"user{i}@example.com").ToList();

        var answers = new List<HttpStatusCode>();
        foreach (var batch in emails.Chunk(10))
        {
            var signUps = batch.Select((email, i) => (i % 2 == 0 ? first : second)
                .PostAsync("/api/v1/auth/sign-up", new { name = "Ada Lovelace", email, password = Password }));
            answers.AddRange((await Task.WhenAll(signUps)).Select(r => r.Status));
        }

        var codes = await new Mailbox(_mail).WaitForLatestCodesAsync(emails, Mailbox.EmailVerificationSubject, TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(2)); // A duplicate would arrive now.
        var recipients = new Mailbox(_mail).Recipients();
        var dispatchers = await CountAsync("SELECT COUNT(DISTINCT lease_id) FROM mail_outbox WHERE state = 'Sent'");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(messages, codes.Count);
        Assert.Equal(messages, recipients.Count);
        Assert.Equal(emails.Order(StringComparer.Ordinal), recipients.Order(StringComparer.Ordinal));
        Assert.Equal(2, dispatchers);
    }

    private async Task<ServiceProcess> StartAsync(Dictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>(DatabaseSettings)
        {
            ["Email:Provider"] = "Pickup",
            ["Email:PickupDirectory"] = _mail,
            ["Email:Delivery:Lease"] = "00:00:03",
            ["Email:Delivery:PollInterval"] = "00:00:00.2",
            ["Auth:PasswordHashing:MemoryKiB"] = "1024",
            ["Auth:PasswordHashing:Iterations"] = "1",
            ["RateLimiting:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        var process = await ServiceProcess.StartAsync(settings);
        _processes.Add(process);
        return process;
    }
}
