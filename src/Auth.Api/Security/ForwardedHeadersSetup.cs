using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Auth.Api.Security;

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy. <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are honoured only from the proxies and networks named in <c>Api:ForwardedHeaders:KnownProxies</c> and
/// <c>:KnownNetworks</c> (CIDR), never from anyone else: without them the headers are ignored (ASP.NET Core's own
/// default would trust loopback), so a client cannot pick the address its rate limits and sessions are recorded under.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "Api:ForwardedHeaders";

    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Values(section, "KnownProxies").Select(text =>
            IPAddress.TryParse(text, out var address) ? address : throw Invalid("KnownProxies", text, "an IP address")).ToList();
        var networks = Values(section, "KnownNetworks").Select(text =>
            System.Net.IPNetwork.TryParse(text, out var network) ? network : throw Invalid("KnownNetworks", text, "a network in CIDR notation (10.0.0.0/8)")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    private static IEnumerable<string> Values(IConfigurationSection section, string key) =>
        (section.GetSection(key).Get<string[]>() ?? []).Select(text => text.Trim());

    /// <summary>A value that does not parse stops the start, naming its key.</summary>
    private static InvalidOperationException Invalid(string key, string text, string expected) =>
        new($"{Section}:{key}: '{text}' is not {expected}.");

    /// <summary>Runs the forwarded-headers middleware when a proxy or network is configured, before anything reads the client's address.</summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var configured = section.GetSection("KnownProxies").GetChildren().Any() || section.GetSection("KnownNetworks").GetChildren().Any();
        return configured ? app.UseForwardedHeaders() : app;
    }
}
