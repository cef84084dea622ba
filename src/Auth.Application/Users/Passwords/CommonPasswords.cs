using System.Collections.Frozen;

namespace Auth.Application.Users.Passwords;

/// <summary>The most common passwords, refused at sign-up, reset and change (compared case-insensitively).</summary>
public static class CommonPasswords
{
    private static readonly Lazy<FrozenSet<string>> Set = new(Load);

    public static bool Contains(string password) => Set.Value.Contains(password);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Auth.Application.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) words.Add(line);
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
