using Auth.Api.RateLimiting;
using Auth.Application.Accounts;
using Auth.Application.Accounts.HandOffToApp;
using Auth.Application.Sessions;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
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
    public string? FormError { get; protected set; }

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
    /// Where a sign-in leads: the second step (its challenge kept in a cookie, never in the URL), or, with the page
    /// session started, back to the app the person signed in for, else the account home.
    /// </summary>
    protected async Task<IActionResult> SignedInAsync(SignInOutcome outcome)
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
        var pending = PendingReturn.Read(AccountCookies.Get(HttpContext, AccountCookies.Return));
        return (pending is null ? null : await BackToAppAsync(new UserId(session.User.Id), pending)) ?? Redirect(AccountRoutes.Home);
    }

    /// <summary>
    /// Keeps <c>?returnTo=</c> (with the app's <c>state</c>) for the end of the sign-in when the allow list has it;
    /// otherwise says so on the page (400) and keeps nothing.
    /// </summary>
    private protected PendingReturn? RememberReturnTo(string? returnTo, string? appState)
    {
        if (string.IsNullOrEmpty(returnTo)) return null;
        var settings = HttpContext.RequestServices.GetRequiredService<OAuthSettings>();
        if (!settings.AllowedRedirectUris.Allows(returnTo))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            FormError = AccountErrors.ReturnToNotAllowed.Description;
            return null;
        }

        var pending = new PendingReturn(returnTo, appState);
        AccountCookies.Set(HttpContext, AccountCookies.Return, pending.Write(), DateTimeOffset.UtcNow + PendingReturn.Lifetime);
        return pending;
    }

    /// <summary>The redirect to the app with a one-time code; null (the app no longer allowed, the account deleted) to stay here.</summary>
    private protected async Task<IActionResult?> BackToAppAsync(UserId userId, PendingReturn pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        AccountCookies.Delete(HttpContext, AccountCookies.Return);
        var handoff = await Mediator.Send(new HandOffToAppCommand(userId, pending.ReturnTo, pending.AppState), HttpContext.RequestAborted);
        return handoff.IsSuccess ? Redirect(handoff.Value.Location.AbsoluteUri) : null;
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
