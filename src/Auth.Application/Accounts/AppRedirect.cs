using Auth.Domain.Primitives;

namespace Auth.Application.Accounts;

/// <summary>
/// Where the browser goes at the end of a provider sign-in (or of a sign-in on the hosted pages for an app): the app's redirect URI with either a one-time
/// <c>code</c> or an <c>error</c> (and <c>error_description</c>), plus the app's own <c>state</c> when it sent one.
/// Never tokens: URLs end up in histories and logs.
/// </summary>
public static class AppRedirect
{
    public static OAuthRedirect WithCode(OAuthFlowState flow, string code)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return WithCode(flow.RedirectUri, flow.AppState, code);
    }

    public static OAuthRedirect WithCode(string redirectUri, string? appState, string code) =>
        new(Append(redirectUri, [("code", code), ("state", appState)]));

    /// <summary>A link from the account page succeeded: back to that page with <c>?linked={provider}</c>.</summary>
    public static OAuthRedirect Linked(OAuthFlowState flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return new OAuthRedirect(Append(flow.RedirectUri, [("linked", flow.Provider)]));
    }

    public static OAuthRedirect WithError(OAuthFlowState flow, Error error)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(error);
        return new OAuthRedirect(Append(flow.RedirectUri, [("error", error.Code), ("error_description", error.Description), ("state", flow.AppState)]));
    }

    /// <summary>Adds query parameters, keeping any the URI already has and any fragment after them.</summary>
    private static Uri Append(string uri, IEnumerable<(string Name, string? Value)> parameters)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        var (head, fragment) = hash < 0 ? (uri, "") : (uri[..hash], uri[hash..]);
        var query = string.Join('&', parameters
            .Where(p => p.Value is not null)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}"));
        var separator = !head.Contains('?', StringComparison.Ordinal) ? "?" : head.EndsWith('?') || head.EndsWith('&') ? "" : "&";
        return new Uri(head + separator + query + fragment, UriKind.Absolute);
    }
}
