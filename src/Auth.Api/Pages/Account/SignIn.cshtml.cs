using Auth.Api.Authentication;
using Auth.Api.RateLimiting;
using Auth.Api.Users;
using Auth.Application.OneTimePasswords.SendOtp;
using Auth.Application.Sessions;
using Auth.Application.Sessions.AuthenticateSessionToken;
using Auth.Application.Sessions.BeginPasskeySignIn;
using Auth.Application.Sessions.SignIn;
using Auth.Application.Sessions.SignInWithOtp;
using Auth.Application.Sessions.SignInWithPasskey;
using Auth.Domain.OneTimePasswords;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Pages.Account;

/// <summary>Sign in with a password, or with a code emailed on request ("Email me a code"); both may lead to the second step.</summary>
public sealed class SignInModel : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public bool Verified { get; private set; }

    public bool CodeSent { get; private set; }

    /// <summary>
    /// With <c>?returnTo=</c> (an app asking for a sign-in), someone already signed in here goes straight back to the
    /// app with a code; anyone else signs in first.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(bool verified = false, string? returnTo = null, string? state = null)
    {
        Verified = verified;
        Email = AccountCookies.Get(HttpContext, AccountCookies.PendingEmail);
        if (RememberReturnTo(returnTo, state) is not { } pending) return Page();

        var token = AccountCookies.Get(HttpContext, AccountCookies.Session);
        var signedIn = token is null ? null : await Mediator.Send(new AuthenticateSessionTokenQuery(token), HttpContext.RequestAborted);
        return signedIn is { IsSuccess: true } && await BackToAppAsync(signedIn.Value.UserId, pending) is { } back ? back : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, Email)) return Page();
        var signedIn = await Mediator.Send(
            new SignInCommand(Email ?? "", Password ?? "", SignInMode.Session, HttpContext.ClientInfo()), HttpContext.RequestAborted);
        if (signedIn.IsSuccess) return await SignedInAsync(signedIn.Value);
        Show(signedIn.Error!);
        return Page();
    }

    /// <summary>Request options for the passkey button (any discoverable passkey), as JSON for the WebAuthn helper.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, null)) return StatusCode(StatusCodes.Status429TooManyRequests);
        var options = await Mediator.Send(new BeginPasskeySignInCommand(null, HttpContext.RelyingParty()), HttpContext.RequestAborted);
        return Content(options.Value.Json, "application/json");
    }

    public async Task<IActionResult> OnPostPasskeyAsync(string? credential)
    {
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, null)) return Page();
        var signedIn = await Mediator.Send(
            new SignInWithPasskeyCommand(credential ?? "", SignInMode.Session, HttpContext.ClientInfo(), HttpContext.RelyingParty()), HttpContext.RequestAborted);
        if (signedIn.IsSuccess) return await SignedInAsync(signedIn.Value);
        Show(signedIn.Error!);
        return Page();
    }

    public async Task<IActionResult> OnPostEmailCodeAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.Otp, Email)) return Page();
        var sent = await Mediator.Send(new SendOtpCommand(Email ?? "", OtpTypeNames.SignIn), HttpContext.RequestAborted);
        if (sent.IsFailure && sent.Error!.Kind == Domain.Primitives.ErrorKind.Validation)
        {
            Show(sent.Error);
            return Page();
        }

        // A cooldown means a code went out a moment ago: it is still good, so the code form is what the person needs.
        CodeSent = true;
        return Page();
    }

    public async Task<IActionResult> OnPostCodeAsync()
    {
        CodeSent = true;
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, Email)) return Page();
        var signedIn = await Mediator.Send(
            new SignInWithOtpCommand(Email ?? "", Code ?? "", SignInMode.Session, HttpContext.ClientInfo()), HttpContext.RequestAborted);
        if (signedIn.IsSuccess) return await SignedInAsync(signedIn.Value);
        Show(signedIn.Error!);
        return Page();
    }
}
