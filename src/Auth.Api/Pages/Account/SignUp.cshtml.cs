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

    public void OnGet()
    {
    }

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
