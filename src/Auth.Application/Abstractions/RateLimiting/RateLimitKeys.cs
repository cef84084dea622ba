using System.Security.Cryptography;
using System.Text;

namespace Auth.Application.Abstractions.RateLimiting;

/// <summary>
/// Store keys: <c>{policy}:ip:{address}</c> and <c>{policy}:account:{sha-256 of the normalised email}</c>, so the
/// store never holds an email address. At most <see cref="MaxLength"/> characters.
/// </summary>
public static class RateLimitKeys
{
    public const int MaxLength = 128;

    public static string ForIp(string policy, string? address) =>
        Bounded($"{policy}:ip:{(string.IsNullOrWhiteSpace(address) ? "unknown" : address)}");

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
