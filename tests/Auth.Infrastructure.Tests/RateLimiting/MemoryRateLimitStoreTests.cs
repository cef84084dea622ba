using Auth.Infrastructure.RateLimiting;
using Auth.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.RateLimiting;

public sealed class MemoryRateLimitStoreTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly FakeTimeProvider _clock = TestClock.StartingNow();
    private readonly MemoryRateLimitStore _store = new();

    [Fact]
    public async Task Hits_WithinTheWindow_CountUpFromTheFirstHit()
    {
        var start = _clock.GetUtcNow();
        var first = await HitAsync("k");
        _clock.Advance(TimeSpan.FromSeconds(59));
        var second = await HitAsync("k");

        Assert.Equal((1, start), (first.Count, first.WindowStart));
        Assert.Equal((2, start), (second.Count, second.WindowStart));
    }

    [Fact]
    public async Task Hit_WhenTheWindowHasEnded_StartsANewWindowAtOne()
    {
        await HitAsync("k");
        await HitAsync("k");
        _clock.Advance(Window);

        var next = await HitAsync("k");

        Assert.Equal((1, _clock.GetUtcNow()), (next.Count, next.WindowStart));
    }

    [Fact]
    public async Task Keys_AreCountedApart()
    {
        await HitAsync("a");
        await HitAsync("a");

        Assert.Equal(1, (await HitAsync("b")).Count);
    }

    [Fact]
    public async Task ConcurrentHits_AreAllCounted()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => HitAsync("k"))));

        Assert.Equal(Enumerable.Range(1, 200), counts.Select(c => c.Count).Order());
    }

    [Fact]
    public async Task Sweep_DropsCountersWhoseWindowEnded_AndKeepsLiveOnes()
    {
        await HitAsync("old");
        _clock.Advance(TimeSpan.FromSeconds(30));
        await HitAsync("live");
        _clock.Advance(TimeSpan.FromSeconds(30));

        _store.Sweep(_clock.GetUtcNow());

        Assert.Equal(1, _store.Count);
        Assert.Equal(2, (await HitAsync("live")).Count);
    }

    private Task<Application.Abstractions.RateLimiting.RateLimitCounter> HitAsync(string key) =>
        _store.HitAsync(key, Window, _clock.GetUtcNow(), CancellationToken.None);
}
