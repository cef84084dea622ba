using System.Text.RegularExpressions;

namespace Auth.LoadTests.Setup;

/// <summary>Reads verification codes from the service's pickup folder (<c>Email:PickupDirectory</c>), one .eml file per message.</summary>
internal sealed partial class Mailbox(string directory)
{
    private const string VerificationSubject = "Verify your email";

    /// <summary>The newest verification code for each of <paramref name="emails"/>, waiting up to <paramref name="timeout"/> for all.</summary>
    public async Task<IReadOnlyDictionary<string, string>> VerificationCodesAsync(
        IReadOnlyCollection<string> emails, TimeSpan timeout, CancellationToken ct)
    {
        var wanted = emails.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var read = new HashSet<string>(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + timeout;

        while (true)
        {
            if (Directory.Exists(directory))
            {
                // File names sort by send time: a later code for the same address replaces an earlier one.
                foreach (var file in Directory.GetFiles(directory, "*.eml").Order(StringComparer.Ordinal).Where(read.Add))
                {
                    var text = await File.ReadAllTextAsync(file, ct).ConfigureAwait(false);
                    if (!text.Contains(VerificationSubject, StringComparison.OrdinalIgnoreCase)) continue;
                    var to = ToPattern().Match(text);
                    var code = CodePattern().Match(text);
                    if (to.Success && code.Success && wanted.Contains(to.Groups["email"].Value)) codes[to.Groups["email"].Value] = code.Value;
                }
            }

            if (codes.Count == wanted.Count || DateTime.UtcNow >= deadline) return codes;
            await Task.Delay(200, ct).ConfigureAwait(false);
        }
    }

    [GeneratedRegex(@"^To:\s*(?:[^<\r\n]*<)?(?<email>[^>\s]+@[^>\s]+)>?\s*$", RegexOptions.Multiline)]
    private static partial Regex ToPattern();

    [GeneratedRegex(@"(?<=\n\s*)\d{6}(?=\s*\r?\n)")]
    private static partial Regex CodePattern();
}
