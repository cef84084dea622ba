using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Auth.Infrastructure.Security.Passwords;

/// <summary>
/// An Argon2id hash in the PHC string format, <c>$argon2id$v=19$m=…,t=…,p=…$salt$hash</c>, with salt and hash in
/// standard base64 without padding — the format of the reference <c>argon2</c> tool, libsodium and Isopoh.
/// </summary>
internal sealed class Argon2idPhcHash
{
    public const int MinSaltBytes = 8;
    public const int MaxSaltBytes = 64;
    public const int MinHashBytes = 16;
    public const int MaxHashBytes = 64;

    private const string Prefix = "$argon2id$v=19$";

    private static readonly SearchValues<char> B64Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    public Argon2idPhcHash(Argon2Cost cost, byte[] salt, byte[] hash)
    {
        Cost = cost;
        Salt = salt;
        Hash = hash;
    }

    public Argon2Cost Cost { get; }

    public byte[] Salt { get; }

    public byte[] Hash { get; }

    public string Encode() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}m={Cost.MemoryKiB},t={Cost.Iterations},p={Cost.Parallelism}${ToB64(Salt)}${ToB64(Hash)}");

    /// <summary>Never throws: anything that is not a well-formed Argon2id v19 string within limits is refused.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out Argon2idPhcHash? result)
    {
        result = null;
        if (value is null || value.Length > 512 || !value.StartsWith(Prefix, StringComparison.Ordinal)) return false;

        var parts = value[Prefix.Length..].Split('$');
        if (parts.Length != 3) return false;

        var parameters = parts[0].Split(',');
        if (parameters.Length != 3
            || !TryParseParameter(parameters[0], "m=", out var memory)
            || !TryParseParameter(parameters[1], "t=", out var iterations)
            || !TryParseParameter(parameters[2], "p=", out var parallelism)
            || !Argon2Cost.IsWithinLimits(memory, iterations, parallelism))
            return false;

        if (!TryFromB64(parts[1], out var salt) || salt.Length is < MinSaltBytes or > MaxSaltBytes) return false;
        if (!TryFromB64(parts[2], out var hash) || hash.Length is < MinHashBytes or > MaxHashBytes) return false;

        result = new Argon2idPhcHash(new Argon2Cost(memory, iterations, parallelism), salt, hash);
        return true;
    }

    private static bool TryParseParameter(string text, string name, out int value)
    {
        value = 0;
        return text.StartsWith(name, StringComparison.Ordinal)
            && text.Length - name.Length is >= 1 and <= 10
            && int.TryParse(text.AsSpan(name.Length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string ToB64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static bool TryFromB64(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Length % 4 == 1 || text.AsSpan().ContainsAnyExcept(B64Alphabet)) return false;

        var padded = text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
        var buffer = new byte[padded.Length / 4 * 3];
        if (!Convert.TryFromBase64String(padded, buffer, out var written)) return false;
        bytes = buffer[..written];
        return true;
    }
}
