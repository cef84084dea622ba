using Auth.Application.Abstractions.OAuth;
using Auth.Application.Accounts;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>A provider's authorize endpoint with the request's parameters appended, keeping any it already has.</summary>
internal static class AuthorizationUri
{
    /// <summary>The authorization-code request with PKCE (S256) every provider takes, plus the provider's own parameters.</summary>
    public static Uri ForCodeWithPkce(
        OAuthProviderOptions options, OAuthAuthorizationRequest request, params (string Name, string? Value)[] extra)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Build(options.AuthorizationEndpoint,
        [
            ("response_type", "code"),
            ("client_id", options.ClientId),
            ("redirect_uri", request.CallbackUri.AbsoluteUri),
            ("scope", options.ScopeParameter),
            ("state", request.State),
            ("code_challenge", request.CodeChallenge),
            ("code_challenge_method", Pkce.Method),
            .. extra,
        ]);
    }

    public static Uri Build(string endpoint, IEnumerable<(string Name, string? Value)> parameters)
    {
        var query = string.Join('&', parameters
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}"));
        var separator = endpoint.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return new Uri(endpoint + separator + query, UriKind.Absolute);
    }
}
