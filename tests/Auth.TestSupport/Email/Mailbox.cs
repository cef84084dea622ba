using System.Text.RegularExpressions;

namespace Auth.TestSupport.Email;

/// <summary>
/// Reads what the service mailed from its pickup folder (<c>Email:PickupDirectory</c>) the way a developer would:
/// one RFC 5322 <c>.eml</c> file per message, named so that the listing sorts by send time, and written under
/// another name first, so a <c>*.eml</c> file is always whole. The service delivers in the background: a service in
/// this process passes <paramref name="waitForDelivery"/> (its delivery queue empty) and every read waits for it
/// first; for a service in another process, the <c>WaitFor…</c> methods look again until the message is there.
/// </summary>
public sealed partial class Mailbox(string directory, Action? waitForDelivery = null)
{
    /// <summary>How the subject of the message with the code that verifies an address starts.</summary>
    public const string EmailVerificationSubject = "Verify your email";

    private static readonly TimeSpan LookAgainAfter = TimeSpan.FromMilliseconds(50);

    /// <summary>The messages to <paramref name="email"/>, oldest first, as the service wrote them.</summary>
    public IReadOnlyList<string> MessagesTo(string email)
    {
        waitForDelivery?.Invoke();
        return Files().Select(File.ReadAllText).Where(text => IsTo(text, email)).ToList();
    }

    /// <summary>The recipient of every message, once per message, as the service wrote them.</summary>
    public IReadOnlyList<string> Recipients()
    {
        waitForDelivery?.Invoke();
        return Files().Select(File.ReadAllText).Select(text => Recipient(text) ?? "").ToList();
    }

    /// <summary>The code in the newest message to <paramref name="email"/> whose subject starts with <paramref name="subject"/>.</summary>
    public string LatestCode(string email, string subject) =>
        FindLatestCode(email, subject) ?? throw new InvalidOperationException($"No message '{subject}' to {email} in {directory}.");

    /// <summary>Like <see cref="LatestCode"/>, for a service in another process: waits up to <paramref name="timeout"/> for the message.</summary>
    public async Task<string> WaitForLatestCodeAsync(string email, string subject, TimeSpan timeout, CancellationToken ct = default) =>
        (await WaitForLatestCodesAsync([email], subject, timeout, ct).ConfigureAwait(false)).TryGetValue(email, out var code)
            ? code
            : LatestCode(email, subject);

    /// <summary>
    /// The newest code with that subject for each of <paramref name="emails"/>, waiting up to
    /// <paramref name="timeout"/> for all of them: a partial answer when some never arrived. Each file is read once,
    /// so thousands of messages cost no more than reading them.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> WaitForLatestCodesAsync(
        IReadOnlyCollection<string> emails, string subject, TimeSpan timeout, CancellationToken ct = default)
    {
        var wanted = emails.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var read = new HashSet<string>(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + timeout;

        while (true)
        {
            waitForDelivery?.Invoke();
            foreach (var file in Files().Where(read.Add))
            {
                var text = await File.ReadAllTextAsync(file, ct).ConfigureAwait(false);
                if (Recipient(text) is { } to && wanted.Contains(to) && HasSubject(text, subject) && Code(text) is { } code)
                    codes[to] = code;
            }

            if (codes.Count == wanted.Count || DateTime.UtcNow >= deadline) return codes;
            await Task.Delay(LookAgainAfter, ct).ConfigureAwait(false);
        }
    }

    private string? FindLatestCode(string email, string subject) =>
        MessagesTo(email).LastOrDefault(text => HasSubject(text, subject)) is { } message ? Code(message) : null;

    /// <summary>The <c>.eml</c> files in send order (their names start with the UTC send time).</summary>
    private IEnumerable<string> Files() =>
        Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml").Order(StringComparer.Ordinal) : [];

    private static bool IsTo(string text, string email) =>
        string.Equals(Recipient(text), email, StringComparison.OrdinalIgnoreCase);

    private static string? Recipient(string text) =>
        ToHeader().Match(text) is { Success: true } match ? match.Groups["email"].Value : null;

    private static bool HasSubject(string text, string subject) =>
        text.Contains($"\r\nSubject: {subject}", StringComparison.OrdinalIgnoreCase);

    private static string? Code(string text) =>
        CodeLine().Match(text) is { Success: true } match ? match.Value : null;

    [GeneratedRegex(@"^To:\s*(?:[^<\r\n]*<)?(?<email>[^>\s]+@[^>\s]+)>?\s*$", RegexOptions.Multiline)]
    private static partial Regex ToHeader();

    /// <summary>A code is six digits alone on a line of the body.</summary>
    [GeneratedRegex(@"(?<=\n\s*)\d{6}(?=\s*\r?\n)")]
    private static partial Regex CodeLine();
}
