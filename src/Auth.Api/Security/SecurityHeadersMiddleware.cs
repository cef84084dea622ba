using Auth.Application.Accounts;
using Auth.Domain.Accounts;

namespace Auth.Api.Security;

/// <summary>
/// Headers every response carries: no sniffing, no framing, no referrer, and no caching of API answers (they hold
/// tokens) nor of the hosted pages, which also get a Content-Security-Policy without inline scripts.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, OAuthSettings oauth)
{
    private readonly string _pagesPolicy = PagesPolicy(oauth.AllowedRedirectUris, oauth.EnabledProviders.Values);

    /// <summary>
    /// A page's form may answer with a redirect elsewhere, which <c>form-action</c> must allow: to an app after a sign-in
    /// for it (<c>?returnTo=</c>, the origins of the allow-listed redirect URIs) and to a provider when linking it (the
    /// origins of the enabled providers' authorization endpoints); to no other.
    /// </summary>
    public static string PagesPolicy(RedirectUriAllowList apps, IEnumerable<Uri> providers)
    {
        ArgumentNullException.ThrowIfNull(apps);
        ArgumentNullException.ThrowIfNull(providers);
        var origins = apps.Uris
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri : null)
            .Concat(providers)
            .Select(uri => uri?.GetLeftPart(UriPartial.Authority))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(o => " " + o);
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
            $"form-action 'self'{string.Concat(origins)}; frame-ancestors 'none'; base-uri 'none'";
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.Path.StartsWithSegments("/account"))
            {
                // The hosted pages: scripts, styles and forms only from this origin, images also inline (the QR code).
                headers.ContentSecurityPolicy = _pagesPolicy;
                headers.CacheControl = "no-store";
            }
            else if (context.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
