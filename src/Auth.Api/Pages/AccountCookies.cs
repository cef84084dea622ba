namespace Auth.Api.Pages;

/// <summary>
/// The page session and the pending two-step challenge live in their own cookies on <c>/account</c>: HttpOnly, Secure
/// over HTTPS, SameSite=Lax, never in a URL. The page session is a session-mode sign-in of the service, so revoking that
/// session anywhere (the API, an admin, another page) ends it at the next page.
/// </summary>
internal static class AccountCookies
{
    public const string Session = "auth_account";
    public const string Challenge = "auth_challenge";

    /// <summary>The address just signed up or signed in with, to fill in the next form (not a secret, but kept out of URLs).</summary>
    public const string PendingEmail = "auth_email";

    /// <summary>The app to go back to after sign-in (<see cref="PendingReturn"/>).</summary>
    public const string Return = "auth_return";
    public const string Path = "/account";

    public static void Set(HttpContext http, string name, string value, DateTimeOffset expires) =>
        http.Response.Cookies.Append(name, value, Options(http, expires));

    public static string? Get(HttpContext http, string name) =>
        http.Request.Cookies.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    public static void Delete(HttpContext http, string name) => http.Response.Cookies.Delete(name, Options(http, expires: null));

    private static CookieOptions Options(HttpContext http, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = Path,
        Expires = expires,
        IsEssential = true,
    };
}
