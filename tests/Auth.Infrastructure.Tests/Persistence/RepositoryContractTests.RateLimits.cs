using Auth.Application.Abstractions.RateLimiting;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>The database rate-limit store (<c>RateLimiting:Store=Database</c>): exact counts under concurrency, window resets.</summary>
public abstract partial class RepositoryContractTests
{
    private static readonly TimeSpan RateLimitWindow = TimeSpan.FromMinutes(1);

    [SkippableFact]
    public async Task RateLimits_ConcurrentHitsFromSeparateContexts_AreAllCounted()
    {
        const int hits = 24;
        var counters = await Task.WhenAll(Enumerable.Range(0, hits).Select(_ => Task.Run(() => HitAsync("sign-in:ip:203.0.113.7"))));

        Assert.Equal(Enumerable.Range(1, hits), counters.Select(c => c.Count).Order());
        Assert.All(counters, c => Assert.Equal(Now, c.WindowStart));
        Assert.Equal(hits + 1, (await HitAsync("sign-in:ip:203.0.113.7")).Count);
    }

    [SkippableFact]
    public async Task RateLimits_AfterTheWindow_StartAgainAtOne_AndKeysAreApart()
    {
        await HitAsync("otp:ip:a");
        await HitAsync("otp:ip:a");
        Clock.Advance(RateLimitWindow - TimeSpan.FromSeconds(1));
        var lastInWindow = await HitAsync("otp:ip:a");
        var otherKey = await HitAsync("otp:ip:b");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var afterWindow = await HitAsync("otp:ip:a");

        Assert.Equal(3, lastInWindow.Count);
        Assert.Equal(1, otherKey.Count);
        Assert.Equal(1, afterWindow.Count);
        Assert.Equal(Now, afterWindow.WindowStart);
        Assert.Equal(2, (await HitAsync("otp:ip:a")).Count);
    }

    [SkippableFact]
    public async Task RateLimits_KeysOfTheFullLength_AreStored()
    {
        var key = RateLimitKeys.ForAccount("sign-in", "ada@example.com")!.PadRight(RateLimitKeys.MaxLength, 'x');

        Assert.Equal(1, (await HitAsync(key)).Count);
        Assert.Equal(2, (await HitAsync(key)).Count);
    }

    private async Task<RateLimitCounter> HitAsync(string key)
    {
        await using var scope = NewScope();
        return await scope.RateLimits.HitAsync(key, RateLimitWindow, Now, CancellationToken.None);
    }
}
