using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Auth.Application.Abstractions.RateLimiting;

/// <summary>
/// Store keys: <c>{policy}:ip:{address or IPv6 /64}</c> and <c>{policy}:account:{sha-256 of the normalised email}</c>, so the
/// store never holds an email address. At most <see cref="MaxLength"/> characters.
/// </summary>
public static class RateLimitKeys
{
    public const int MaxLength = 128;

    /// <summary>
    /// An IPv4 client by its address; an IPv6 client by its /64, the smallest block one subscriber is given (a single
    /// host can use every address in it, so a key per address would give it unlimited budgets). An IPv4 address
    /// mapped into IPv6 counts as the IPv4 address.
    /// </summary>
    public static string ForIp(string policy, IPAddress? address) => Bounded($"{policy}:ip:{ClientBlock(address)}");

    private static string ClientBlock(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    /// <summary>Trimmed and lower-cased as the domain stores it, then hashed; null when there is no address to key on.</summary>
    public static string? ForAccount(string policy, string? email)
    {
        var normalised = email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(normalised)) return null;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
        return Bounded($"{policy}:account:{hash}");
    }

    private static string Bounded(string key) =>
        key.Length <= MaxLength
            ? key
            : throw new ArgumentException($"A rate-limit key is at most {MaxLength} characters: '{key}'.", nameof(key));
}
