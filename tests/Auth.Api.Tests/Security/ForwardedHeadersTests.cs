using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

/// <summary>
/// Behind a reverse proxy: <c>X-Forwarded-For</c> names the client only when the connection comes from a configured
/// proxy or network; from anyone else, or with nothing configured, it is ignored. What the client notices: the address
/// its sessions show, and the rate-limit bucket it counts in.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.0.0.5";
    private const string Client = "203.0.113.7";

    [Fact]
    public async Task ThroughAKnownProxy_TheSessionShowsTheForwardedClientAddress()
    {
        using var factory = new AuthApiFactory(Settings(("Api:ForwardedHeaders:KnownProxies:0", Proxy)));

        Assert.Equal(Client, await SessionIpAsync(factory, from: Proxy, forwardedFor: Client));
    }

    [Fact]
    public async Task ThroughAKnownNetwork_TheSessionShowsTheForwardedClientAddress()
    {
        using var factory = new AuthApiFactory(Settings(("Api:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8")));

        Assert.Equal(Client, await SessionIpAsync(factory, from: Proxy, forwardedFor: Client));
    }

    [Fact]
    public async Task FromAnAddressThatIsNoKnownProxy_TheHeaderIsIgnored()
    {
        using var factory = new AuthApiFactory(Settings(("Api:ForwardedHeaders:KnownProxies:0", Proxy)));

        Assert.Equal("198.51.100.9", await SessionIpAsync(factory, from: "198.51.100.9", forwardedFor: Client));
    }

    [Fact]
    public async Task WithNothingConfigured_TheHeaderIsIgnored_EvenFromLoopback()
    {
        using var factory = new AuthApiFactory();

        Assert.Equal("127.0.0.1", await SessionIpAsync(factory, from: "127.0.0.1", forwardedFor: Client));
    }

    [Fact]
    public async Task RateLimits_CountEachForwardedClientApart_NotTheProxy()
    {
        using var factory = new AuthApiFactory(Settings(
            ("Api:ForwardedHeaders:KnownProxies:0", Proxy),
            ("RateLimiting:Enabled", "true"),
            ("RateLimiting:Policies:sign-in:PermitLimit", "2")));
        var first = Through(factory, Client);
        var second = Through(factory, "203.0.113.8");

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(first)).Status);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(first)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(second)).Status);
    }

    [Fact]
    public void AProxyThatIsNoAddress_StopsTheStart_NamingTheSetting()
    {
        using var factory = new AuthApiFactory(Settings(("Api:ForwardedHeaders:KnownProxies:0", "proxy.internal")));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Api:ForwardedHeaders:KnownProxies", error.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => (string?)s.Value);

    private static async Task<string?> SessionIpAsync(AuthApiFactory factory, string from, string forwardedFor)
    {
        var api = factory.CreateClientFrom(from);
        api.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var tokens = await new AuthFlows(api, factory.Mailbox).SignedInAsync("proxied@example.com");

        var sessions = await api.GetAsync("/api/v1/users/me/sessions", tokens.Get("accessToken"));
        return Assert.Single(sessions.Json!.AsArray())!["ip"]?.GetValue<string>();
    }

    private static ApiClient Through(AuthApiFactory factory, string client)
    {
        var api = factory.CreateClientFrom(Proxy);
        api.Http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return api;
    }

    private static Task<ApiResponse> SignInAsync(ApiClient api) =>
        api.PostAsync("/api/v1/auth/sign-in", new { email = "nobody@example.com", password = "wrong password here" });
}
