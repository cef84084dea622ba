using Auth.Api.RateLimiting;
using Auth.Application.Users.SignUp;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Pages.Account;

public sealed class SignUpModel : AccountPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>An app may send people here to sign up (<c>?returnTo=</c>): they go back to it after their first sign-in.</summary>
    public void OnGet(string? returnTo = null, string? state = null) => RememberReturnTo(returnTo, state);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.SignUp, Email)) return Page();
        var signedUp = await Mediator.Send(new SignUpCommand(Name ?? "", Email ?? "", Password ?? ""), HttpContext.RequestAborted);
        if (signedUp.IsFailure)
        {
            Show(signedUp.Error!);
            return Page();
        }

        AccountCookies.Set(HttpContext, AccountCookies.PendingEmail, signedUp.Value.Email, DateTimeOffset.UtcNow.AddMinutes(30));
        return Redirect(AccountRoutes.Verify);
    }
}
