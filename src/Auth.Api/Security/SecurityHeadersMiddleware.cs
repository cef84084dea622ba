namespace Auth.Api.Security;

/// <summary>
/// Headers every response carries: no sniffing, no framing, no referrer, and no caching of API answers (they hold
/// tokens) nor of the hosted pages, which also get a Content-Security-Policy without inline scripts.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string PagesPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

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
                headers.ContentSecurityPolicy = PagesPolicy;
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
