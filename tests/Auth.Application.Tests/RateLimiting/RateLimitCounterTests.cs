using System.Net;
using Auth.Application.Abstractions.RateLimiting;

namespace Auth.Application.Tests.RateLimiting;

public sealed class RateLimitCounterTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    [Fact]
    public void Decide_UpToTheLimit_Allows()
    {
        Assert.True(new RateLimitCounter(5, Start).Decide(5, Window, Start.AddSeconds(10)).IsAllowed);
    }

    [Fact]
    public void Decide_PastTheLimit_RejectsUntilTheWindowEnds()
    {
        var decision = new RateLimitCounter(6, Start).Decide(5, Window, Start.AddSeconds(10));

        Assert.False(decision.IsAllowed);
        Assert.Equal(TimeSpan.FromSeconds(50), decision.RetryAfter);
    }

    [Fact]
    public void Decide_PastTheLimitInTheLastMoment_AsksForAtLeastASecond()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), new RateLimitCounter(6, Start).Decide(5, Window, Start + Window - TimeSpan.FromMilliseconds(5)).RetryAfter);
    }

    [Fact]
    public void WindowEnded_ExactlyOneWindowAfterItsStart()
    {
        Assert.False(RateLimitCounter.WindowEnded(Start, Window, Start + Window - TimeSpan.FromTicks(1)));
        Assert.True(RateLimitCounter.WindowEnded(Start, Window, Start + Window));
    }

    [Fact]
    public void AccountKey_IsTheHashOfTheNormalisedEmail_NeverTheEmail()
    {
        var key = RateLimitKeys.ForAccount("sign-in", "  Ada@Example.COM ");

        Assert.Equal(RateLimitKeys.ForAccount("sign-in", "ada@example.com"), key);
        Assert.DoesNotContain("ada", key!, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("sign-in:account:", key, StringComparison.Ordinal);
        Assert.Null(RateLimitKeys.ForAccount("sign-in", "   "));
    }

    [Theory]
    [InlineData("203.0.113.7", "otp:ip:203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "otp:ip:203.0.113.7")]
    [InlineData("2001:db8:1:2::1", "otp:ip:2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:fffe", "otp:ip:2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "otp:ip:2001:db8:1:3::/64")]
    [InlineData("::1", "otp:ip:::/64")]
    public void IpKey_NamesThePolicyAndTheIPv4AddressOrTheIPv6Slash64(string address, string key)
    {
        Assert.Equal(key, RateLimitKeys.ForIp("otp", IPAddress.Parse(address)));
    }

    [Fact]
    public void IpKey_WithoutAnAddress_IsUnknown()
    {
        Assert.Equal("otp:ip:unknown", RateLimitKeys.ForIp("otp", null));
    }
}
