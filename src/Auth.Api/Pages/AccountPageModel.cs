using Auth.Api.RateLimiting;
using Auth.Application.Sessions;
using Auth.Domain.Primitives;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Auth.Api.Pages;

/// <summary>
/// What every hosted page shares: it sends the same Mediator commands as the REST endpoints (no rule is written twice),
/// counts its posts against the same rate limits, and shows an <see cref="Error"/> next to the field it is about
/// (validation errors name their fields) or above the form.
/// </summary>
public abstract class AccountPageModel : PageModel
{
    private readonly Dictionary<string, string> _fieldErrors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An error about the whole form (wrong credentials, a rate limit), shown above it and announced.</summary>
    public string? FormError { get; private set; }

    protected IMediator Mediator => HttpContext.RequestServices.GetRequiredService<IMediator>();

    public string? ErrorFor(string field) => _fieldErrors.GetValueOrDefault(field);

    /// <summary>
    /// The field <paramref name="name"/> of a form; on a page of several forms (<paramref name="form"/>), its error shows
    /// only in the form that was posted (<see cref="PostedForm"/>). Passwords are never written back into the page.
    /// </summary>
    public FieldView Field(string name, string label, string type, string? value, string autocomplete, string? inputMode = null, string? form = null) =>
        new(name, label, type, type == "password" ? null : value, form == PostedForm ? ErrorFor(name) : null, autocomplete, inputMode, form);

    /// <summary>Which form of the page was posted, when the page has several.</summary>
    public virtual string? PostedForm => null;

    /// <summary>Counts this post against a REST rate-limit policy; false (and the error shown) when over the limit.</summary>
    protected async Task<bool> WithinLimitAsync(string policy, string? email)
    {
        if (await RateLimitGate.CheckAsync(HttpContext, policy, email) is not { } limited) return true;
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Show(limited);
        return false;
    }

    /// <summary>
    /// Where a sign-in leads: the second step (its challenge kept in a cookie, never in the URL), or the account home
    /// with the page session started.
    /// </summary>
    protected IActionResult SignedIn(SignInOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Challenge is { } challenge)
        {
            AccountCookies.Set(HttpContext, AccountCookies.Challenge, PendingChallenge.Write(challenge), challenge.ExpiresAt);
            return Redirect(AccountRoutes.TwoFactor);
        }

        var session = outcome.Session ?? throw new InvalidOperationException("The hosted pages sign in in session mode.");
        AccountCookies.Set(HttpContext, AccountCookies.Session, session.SessionToken, session.ExpiresAt);
        AccountCookies.Delete(HttpContext, AccountCookies.Challenge);
        return Redirect(AccountRoutes.Home);
    }

    protected void Show(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Details.TryGetValue("errors", out var details) && details is IReadOnlyDictionary<string, string[]> fields)
        {
            foreach (var (name, messages) in fields) _fieldErrors[name] = string.Join(" ", messages);
            FormError = "Please correct the fields marked below.";
            return;
        }

        if (error.Details.TryGetValue("field", out var about) && about is string field) _fieldErrors[field] = error.Description;
        else FormError = error.Description;
    }
}
