using Auth.Api.Tests.TestSupport.OAuth;

namespace Auth.Api.Tests.Accounts;

/// <summary>A provider slower than <c>Auth:OAuth:Timeout</c> (here 1 s of wall clock: network time is not the service clock).</summary>
public sealed class ProviderTimeoutTests : OAuthApiTestBase
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Auth:OAuth:Timeout"] = "00:00:01" };

    [Theory]
    [InlineData("google")]
    [InlineData("github")]
    public async Task TokenEndpointSlowerThanTheTimeout_GoesBackAsProviderUnavailable_WithoutRetrying(string provider)
    {
        Provider.Behaviour.TokenDelay = TimeSpan.FromSeconds(10);
        var started = System.Diagnostics.Stopwatch.StartNew();

        var landed = await Social.RunAsync(provider);

        Assert.Equal("provider_unavailable", landed.Error);
        Assert.InRange(started.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(8));
        Assert.Equal(1, Provider.TokenRequests);
        Assert.Equal(0, Count("users"));
    }
}
