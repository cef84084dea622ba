using Auth.Application.Abstractions.Security;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Readable "encryption": <c>enc[purpose](plaintext)</c>, enough to see that tokens were protected and for which row.</summary>
public sealed class FakeProviderTokenProtector : ISecretProtector
{
    public string Protect(string plaintext, string purpose) => $"enc[{purpose}]({plaintext})";

    public string? Unprotect(string protectedValue, string purpose)
    {
        var prefix = $"enc[{purpose}](";
        return protectedValue.StartsWith(prefix, StringComparison.Ordinal) && protectedValue.EndsWith(')') ? protectedValue[prefix.Length..^1] : null;
    }
}
