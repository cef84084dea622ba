using Auth.Api.RateLimiting;
using Auth.Application.Users.VerifyEmail;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Pages.Account;

public sealed class VerifyModel : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public void OnGet() => Email = AccountCookies.Get(HttpContext, AccountCookies.PendingEmail);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.Otp, Email)) return Page();
        var verified = await Mediator.Send(new VerifyEmailCommand(Email ?? "", Code ?? ""), HttpContext.RequestAborted);
        if (verified.IsFailure)
        {
            Show(verified.Error!);
            return Page();
        }

        return Redirect(AccountRoutes.SignIn + "?verified=true");
    }
}
