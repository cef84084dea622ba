using System.Globalization;
using System.Text;

namespace Auth.Infrastructure.Persistence.Mongo.Users;

/// <summary>
/// Turns an admin's search text into a regular expression that matches it literally, as a case-insensitive
/// substring. User input is never a pattern: every ASCII character that is not a letter or digit is escaped
/// (a backslash before a non-alphanumeric is always a literal in PCRE), control characters are written as
/// <c>\xHH</c>, and a letter outside ASCII becomes a class of its cases (<c>[éÉ]</c>) so the match does not depend
/// on the server's Unicode case folding. Use with the <c>i</c> option, which covers ASCII letters.
/// </summary>
internal static class UserSearchPattern
{
    public const string Options = "i";

    public static string Contains(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (c < 0x20 || c == 0x7F) pattern.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            else if (c < 0x80) AppendAscii(pattern, c);
            else AppendNonAscii(pattern, c);
        }

        return pattern.ToString();
    }

    private static void AppendAscii(StringBuilder pattern, char c)
    {
        if (!char.IsAsciiLetterOrDigit(c)) pattern.Append('\\');
        pattern.Append(c);
    }

    private static void AppendNonAscii(StringBuilder pattern, char c)
    {
        if (char.IsSurrogate(c))
        {
            pattern.Append(c);
            return;
        }

        var cases = new[] { c, char.ToLowerInvariant(c), char.ToUpperInvariant(c) }.Distinct().ToArray();
        if (cases.Length == 1)
        {
            pattern.Append(c);
            return;
        }

        pattern.Append('[');
        foreach (var variant in cases) pattern.Append(variant);
        pattern.Append(']');
    }
}
