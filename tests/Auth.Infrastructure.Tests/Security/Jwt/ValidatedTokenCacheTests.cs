using Auth.Application.Abstractions.Security;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Security.Jwt;
using Auth.Infrastructure.Tests.TestSupport;

namespace Auth.Infrastructure.Tests.Security.Jwt;

public sealed class ValidatedTokenCacheTests
{
    private static readonly DateTimeOffset Now = TestTime.Epoch;
    private static readonly DateTimeOffset InTenMinutes = Now.AddMinutes(10);
    private static readonly AccessTokenSubject Subject =
        new(new UserId(Guid.NewGuid()), new SessionId(Guid.NewGuid()), "ada@example.com", Role.User, true);

    [Fact]
    public void AnEntry_IsAnsweredUntilTheTokenExpires()
    {
        var cache = new ValidatedTokenCache(10);
        cache.Add("token", Subject, "kid", Now.AddSeconds(20), Now);

        Assert.True(cache.TryGet("token", Now.AddSeconds(19), out var subject, out var keyId));
        Assert.Same(Subject, subject);
        Assert.Equal("kid", keyId);
        Assert.False(cache.TryGet("token", Now.AddSeconds(20), out _, out _));
    }

    [Fact]
    public void AnEntry_IsHeldAtMostSixtySecondsEvenForALongerLivedToken()
    {
        var cache = new ValidatedTokenCache(10);
        cache.Add("token", Subject, "kid", InTenMinutes, Now);

        Assert.True(cache.TryGet("token", Now.AddSeconds(59), out _, out _));
        Assert.False(cache.TryGet("token", Now + ValidatedTokenCache.MaxHold, out _, out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void AnEntry_IsNotAnsweredBeforeItWasValidated()
    {
        var cache = new ValidatedTokenCache(10);
        cache.Add("token", Subject, "kid", InTenMinutes, Now);

        Assert.False(cache.TryGet("token", Now.AddSeconds(-1), out _, out _));
    }

    [Fact]
    public void AnotherToken_IsNotAnswered()
    {
        var cache = new ValidatedTokenCache(10);
        cache.Add("token", Subject, "kid", InTenMinutes, Now);

        Assert.False(cache.TryGet("token2", Now, out _, out _));
    }

    [Fact]
    public void WhenFullOfLiveEntries_NewTokensAreNotAdded()
    {
        var cache = new ValidatedTokenCache(3);
        for (var i = 0; i < 100; i++) cache.Add($"token-{i}", Subject, "kid", InTenMinutes, Now);

        Assert.Equal(3, cache.Count);
        Assert.True(cache.TryGet("token-2", Now, out _, out _));
        Assert.False(cache.TryGet("token-3", Now, out _, out _));
    }

    [Fact]
    public void WhenFull_ExpiredEntriesAreSweptToMakeRoom()
    {
        var cache = new ValidatedTokenCache(3);
        for (var i = 0; i < 3; i++) cache.Add($"old-{i}", Subject, "kid", Now.AddSeconds(5), Now);

        cache.Add("new", Subject, "kid", InTenMinutes, Now.AddSeconds(10));

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("new", Now.AddSeconds(10), out _, out _));
    }

    [Fact]
    public void WithCapacityZero_NothingIsStored()
    {
        var cache = new ValidatedTokenCache(0);
        cache.Add("token", Subject, "kid", InTenMinutes, Now);

        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet("token", Now, out _, out _));
    }
}
