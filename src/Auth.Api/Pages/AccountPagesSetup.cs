using System.Reflection;

namespace Auth.Api.Pages;

/// <summary>
/// The hosted pages (<c>Account:Pages:Enabled</c>, default true): Razor Pages under <c>/account</c>, antiforgery on every
/// POST (its cookie on <c>/account</c> too), the stylesheet served from the assembly, and <c>/</c> sending people to
/// their account.
/// </summary>
internal static class AccountPagesSetup
{
    public const string EnabledKey = "Account:Pages:Enabled";

    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["site.css"] = "text/css; charset=utf-8",
        ["webauthn.js"] = "text/javascript; charset=utf-8",
    };

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(EnabledKey, true);

    public static IServiceCollection AddAccountPages(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration)) return services;
        services.AddRazorPages();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "auth_antiforgery";
            options.Cookie.Path = AccountCookies.Path;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__antiforgery";
        });
        return services;
    }

    public static WebApplication MapAccountPages(this WebApplication app)
    {
        if (!IsEnabled(app.Configuration)) return app;
        app.MapRazorPages();
        app.MapGet("/", () => Results.Redirect(AccountRoutes.Home)).ExcludeFromDescription();
        app.MapGet("/account/assets/{name}", (string name) =>
                Assets.TryGetValue(name, out var contentType) && Asset(name) is { } stream
                    ? Results.Stream(stream, contentType)
                    : Results.NotFound())
            .ExcludeFromDescription();
        return app;
    }

    private static Stream? Asset(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"Auth.Api.Pages.Assets.{name}");
}
