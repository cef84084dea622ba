using Auth.Application.Accounts;
using Auth.Application.Accounts.StartOAuth;

namespace Auth.Api.Accounts;

/// <summary>
/// The browser's side of a provider sign-in: the cookie that binds a <c>state</c> to the browser that started the
/// flow (so a callback URL planted in another browser fails), and the callback URL registered at the providers.
/// </summary>
internal static class OAuthBrowser
{
    public const string CookieName = "auth_oauth_browser";
    public const string CookiePath = "/api/v1/auth/oauth";

    public static string? Binding(HttpContext context) => context.Request.Cookies[CookieName];

    /// <summary><c>{Auth:OAuth:PublicBaseUrl, else this request's scheme, host and path base}/api/v1/auth/oauth/{provider}/callback</c>.</summary>
    public static Uri CallbackUri(HttpContext context, string provider) =>
        PublicUri(context, $"{CookiePath}/{Uri.EscapeDataString(provider)}/callback");

    /// <summary>This service's address for <paramref name="path"/> as browsers and providers see it.</summary>
    public static Uri PublicUri(HttpContext context, string path)
    {
        var configured = context.RequestServices.GetRequiredService<OAuthSettings>().PublicBaseUri;
        var request = context.Request;
        var baseUrl = configured?.AbsoluteUri ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
        return new Uri($"{baseUrl.TrimEnd('/')}{path}", UriKind.Absolute);
    }

    /// <summary>Sets the binding cookie and sends the browser to the provider.</summary>
    public static IResult RedirectToProvider(HttpContext context, OAuthAuthorization authorization)
    {
        BindBrowser(context, authorization);
        return TypedResults.Redirect(authorization.AuthorizationUri.AbsoluteUri);
    }

    /// <summary>
    /// The binding cookie is Lax, so it rides along the provider's top-level redirect back. Its life is relative
    /// (<c>Max-Age</c>, no <c>Expires</c> date): the browser's clock need not agree with the service's, whose own expiry
    /// of the state still decides.
    /// </summary>
    public static void BindBrowser(HttpContext context, OAuthAuthorization authorization)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorization);
        context.Response.Cookies.Append(CookieName, authorization.BrowserBinding, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = CookiePath,
            MaxAge = authorization.Lifetime,
            IsEssential = true,
        });
    }
}
