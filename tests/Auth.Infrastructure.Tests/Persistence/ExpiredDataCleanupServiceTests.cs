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
        var service = CleanupService();

        await service.StartAsync(CancellationToken.None);
        try
        {
            await UntilGoneAsync(first);
            var second = await ExpiredCodeAsync("second@example.com");

            // The next pass waits for a tick of a timer on the service's clock, every Interval, and for nothing else.
            var timer = Assert.Single(_clock.Timers);
            Assert.Equal(Interval, timer.Period);
            _clock.Advance(Interval);

            await UntilGoneAsync(second);
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

    /// <summary>The pass runs in the background: wait for its effect (the clock does not move meanwhile).</summary>
    private async Task UntilGoneAsync(OtpId id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await ExistsAsync(id))
        {
            Assert.True(DateTime.UtcNow < deadline, "the clean-up did not run");
            await Task.Delay(20);
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
