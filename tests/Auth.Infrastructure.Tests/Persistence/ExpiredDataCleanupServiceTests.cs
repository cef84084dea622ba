using System.Threading.Channels;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Cleanup;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Auth.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>
/// When the clean-up runs: at start, then every <c>Database:Cleanup:Interval</c> of the service's clock. What one
/// pass deletes is part of the contract suite, on every engine; the schedule is the same for all, so SQLite serves.
/// </summary>
public sealed class ExpiredDataCleanupServiceTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    private readonly TimerRecordingClock _clock = new(TestClock.Now());
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Service_CleansUpAtStartAndThenOnEveryIntervalOfTheClock()
    {
        await _database.InitializeAsync(_clock, extraSettings: Settings(enabled: true));
        var first = await ExpiredCodeAsync("first@example.com");
        var passes = new PassRecordingScopes(_database.Services.GetRequiredService<IServiceScopeFactory>());
        var service = ActivatorUtilities.CreateInstance<ExpiredDataCleanupService>(_database.Services, passes);

        await service.StartAsync(CancellationToken.None);
        try
        {
            await passes.NextPassAsync();
            Assert.False(await ExistsAsync(first));
            var second = await ExpiredCodeAsync("second@example.com");

            // The next pass waits for a tick of a timer on the service's clock, every Interval, and for nothing else.
            var timer = Assert.Single(_clock.Timers);
            Assert.Equal(Interval, timer.Period);
            _clock.Advance(Interval);

            await passes.NextPassAsync();
            Assert.False(await ExistsAsync(second));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Service_WhenDisabled_DeletesNothing()
    {
        await _database.InitializeAsync(_clock, extraSettings: Settings(enabled: false));
        var expired = await ExpiredCodeAsync("first@example.com");
        var service = CleanupService();

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!;
        _clock.Advance(Interval * 3);

        Assert.True(await ExistsAsync(expired));
        await service.StopAsync(CancellationToken.None);
    }

    private static Dictionary<string, string?> Settings(bool enabled) => new()
    {
        ["Database:Cleanup:Enabled"] = enabled ? "true" : "false",
        ["Database:Cleanup:Interval"] = Interval.ToString(),
    };

    private ExpiredDataCleanupService CleanupService() =>
        _database.Services.GetServices<IHostedService>().OfType<ExpiredDataCleanupService>().Single();

    /// <summary>A code issued two days ago, so it expired more than a day ago (the clock itself does not move).</summary>
    private async Task<OtpId> ExpiredCodeAsync(string email)
    {
        var issuedAt = _clock.GetUtcNow() - TimeSpan.FromDays(2);
        var otp = Otp.Issue(EmailAddress.Create(email).Value, OtpType.SignIn, "hash", null, OtpPolicy.Default, issuedAt).Value;
        await using var scope = _database.CreateScope();
        scope.Otps.Add(otp);
        await scope.SaveAsync();
        return otp.Id;
    }

    private async Task<bool> ExistsAsync(OtpId id)
    {
        await using var scope = _database.CreateScope();
        return await _database.FindOtpAsync(scope, id) is not null;
    }

    /// <summary>
    /// The service's scopes: it runs each pass in a scope of its own and disposes it once the pass is saved, so the
    /// end of a scope is the end of a pass, and a test waits for exactly that instead of for time to pass.
    /// </summary>
    private sealed class PassRecordingScopes(IServiceScopeFactory scopes) : IServiceScopeFactory
    {
        private readonly Channel<bool> _ended = Channel.CreateUnbounded<bool>();

        public IServiceScope CreateScope() => new Scope(scopes.CreateAsyncScope(), _ended.Writer);

        /// <summary>Waits for the next pass to end; the timeout only turns a service that never runs into a failure.</summary>
        public async Task NextPassAsync() => await _ended.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        private sealed class Scope(AsyncServiceScope inner, ChannelWriter<bool> ended) : IServiceScope, IAsyncDisposable
        {
            public IServiceProvider ServiceProvider => inner.ServiceProvider;

            public void Dispose()
            {
                inner.Dispose();
                ended.TryWrite(true);
            }

            public async ValueTask DisposeAsync()
            {
                await inner.DisposeAsync();
                ended.TryWrite(true);
            }
        }
    }

    /// <summary>A fake clock that remembers the timers created on it, with their due time and period.</summary>
    private sealed class TimerRecordingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly List<(TimeSpan DueTime, TimeSpan Period)> _timers = [];

        public IReadOnlyList<(TimeSpan DueTime, TimeSpan Period)> Timers => _timers;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _timers.Add((dueTime, period));
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
