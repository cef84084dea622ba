using System.Text.RegularExpressions;

namespace Auth.Api.Tests.TestSupport;

/// <summary>
/// Reads the codes the service mailed, from the pickup folder, the way a developer would. The service delivers mail
/// in the background, so every read first waits for <paramref name="waitForDelivery"/> (the delivery queue empty).
/// </summary>
public sealed partial class Mailbox(string directory, Action waitForDelivery)
{
    public IReadOnlyList<string> MessagesTo(string email)
    {
        waitForDelivery();
        return !Directory.Exists(directory)
            ? []
            : Directory.GetFiles(directory, "*.eml")
                .Order(StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .Where(text => text.Contains($"To: {email}", StringComparison.OrdinalIgnoreCase)
                    || text.Contains($"<{email}>", StringComparison.OrdinalIgnoreCase))
                .ToList();
    }

    /// <summary>The code in the newest message to <paramref name="email"/> whose subject starts with <paramref name="subject"/>.</summary>
    public string LatestCode(string email, string subject)
    {
        var message = MessagesTo(email).LastOrDefault(m => m.Contains($"\r\nSubject: {subject}", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No message '{subject}' to {email}.");
        return CodePattern().Match(message).Value;
    }

    [GeneratedRegex(@"(?<=\n\s*)\d{6}(?=\s*\r?\n)")]
    private static partial Regex CodePattern();
}
