using System.Net;

namespace Auth.LoadTests.Running;

/// <summary>Load goes to this machine only: the base URL must name a loopback address (or localhost resolving to one).</summary>
internal static class LoopbackGuard
{
    public static void EnsureLoopback(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme is not ("http" or "https"))
            throw new ArgumentException($"--url must be http or https, not {url.Scheme}.");
        if (!string.IsNullOrEmpty(url.UserInfo))
            throw new ArgumentException("--url must not carry credentials.");

        var host = url.IdnHost;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            if (!IPAddress.IsLoopback(address)) throw Refused(url);
            return;
        }

        if (!string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) throw Refused(url);
        var resolved = Dns.GetHostAddresses(host);
        if (resolved.Length == 0 || !resolved.All(IPAddress.IsLoopback)) throw Refused(url);
    }

    private static ArgumentException Refused(Uri url) =>
        new($"Refusing {url}: the load generator only targets loopback addresses (127.0.0.0/8, ::1, localhost).");
}
