using Auth.Api.RateLimiting;
using Auth.Application.Users.ResetPassword;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Pages.Account;

public sealed class ResetModel : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public void OnGet() => Email = AccountCookies.Get(HttpContext, AccountCookies.PendingEmail);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.Otp, Email)) return Page();
        var reset = await Mediator.Send(new ResetPasswordCommand(Email ?? "", Code ?? "", NewPassword ?? ""), HttpContext.RequestAborted);
        if (reset.IsFailure)
        {
            Show(reset.Error!);
            return Page();
        }

        return Redirect(AccountRoutes.SignIn + "?reset=true");
    }
}
