using Auth.Application.Abstractions.Security;
using Auth.Application.Sessions.AuthenticateSessionToken;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Auth.Api.Pages;

/// <summary>
/// A page for a signed-in person: before each handler the page session's token is checked against the store (the same
/// query as a session-token API call), so a session revoked anywhere sends the person back to sign in at once.
/// </summary>
public abstract class SignedInPageModel : AccountPageModel
{
    private AccessTokenSubject? _subject;

    /// <summary>Who is signed in, and with which session.</summary>
    protected AccessTokenSubject Subject => _subject ?? throw new InvalidOperationException("Not signed in.");

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var token = AccountCookies.Get(HttpContext, AccountCookies.Session);
        var subject = token is null ? null : await Mediator.Send(new AuthenticateSessionTokenQuery(token), HttpContext.RequestAborted);
        if (subject is not { IsSuccess: true })
        {
            AccountCookies.Delete(HttpContext, AccountCookies.Session);
            context.Result = new RedirectResult(AccountRoutes.SignIn);
            return;
        }

        _subject = subject.Value;
        await next();
    }

    /// <summary>Ends the page session in the browser (the session itself is ended by the command that called this).</summary>
    protected IActionResult SignedOut()
    {
        AccountCookies.Delete(HttpContext, AccountCookies.Session);
        return Redirect(AccountRoutes.SignIn);
    }
}
