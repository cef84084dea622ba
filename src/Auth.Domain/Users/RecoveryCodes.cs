using System.Security.Cryptography;
using System.Text;

namespace Auth.Domain.Users;

/// <summary>
/// The hashes of the recovery codes a user has not used yet. A code works once: using it removes its hash. Hashes
/// are compared in constant time.
/// </summary>
public sealed record RecoveryCodes
{
    private RecoveryCodes(IReadOnlyList<string> hashes) => Hashes = hashes;

    public static RecoveryCodes None { get; } = new([]);

    public IReadOnlyList<string> Hashes { get; }

    public int Left => Hashes.Count;

    public static RecoveryCodes Of(IEnumerable<string> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var list = hashes.ToList();
        if (list.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("A recovery code hash is empty.", nameof(hashes));
        if (list.Distinct(StringComparer.Ordinal).Count() != list.Count)
            throw new ArgumentException("A recovery code hash is there twice: that code would work twice.", nameof(hashes));
        return new RecoveryCodes(list);
    }

    /// <returns>The codes left once <paramref name="hash"/> is used, or null when it is none of them.</returns>
    public RecoveryCodes? Without(string hash)
    {
        var presented = Encoding.UTF8.GetBytes(hash);
        var match = -1;
        for (var i = 0; i < Hashes.Count; i++)
        {
            // Every stored hash is compared, so the time taken does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Hashes[i]), presented)) match = i;
        }

        return match < 0 ? null : new RecoveryCodes(Hashes.Where((_, i) => i != match).ToList());
    }

    public bool Equals(RecoveryCodes? other) => other is not null && Hashes.SequenceEqual(other.Hashes);

    public override int GetHashCode() => Hashes.Count;
}
