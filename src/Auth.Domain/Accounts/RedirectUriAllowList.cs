namespace Auth.Domain.Accounts;

/// <summary>
/// The apps' redirect URIs a provider sign-in may end at (<c>Auth:OAuth:AllowedRedirectUris</c>). Exact, ordinal
/// match: no prefixes, no wildcards, no case folding, so an attacker cannot bend a sign-in towards a look-alike.
/// </summary>
public sealed class RedirectUriAllowList
{
    private readonly HashSet<string> _uris;

    public RedirectUriAllowList(IEnumerable<string> uris)
    {
        ArgumentNullException.ThrowIfNull(uris);
        _uris = new HashSet<string>(uris.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()), StringComparer.Ordinal);
    }

    public static RedirectUriAllowList Empty { get; } = new([]);

    public IReadOnlyCollection<string> Uris => _uris;

    public bool Allows(string? redirectUri) => redirectUri is not null && _uris.Contains(redirectUri);
}
