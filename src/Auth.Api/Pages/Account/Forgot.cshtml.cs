using Auth.Api.RateLimiting;
using Auth.Application.Users.ForgotPassword;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Pages.Account;

/// <summary>Asks for a reset code; answers the same for every address, as the API does.</summary>
public sealed class ForgotModel : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.Otp, Email)) return Page();
        var sent = await Mediator.Send(new ForgotPasswordCommand(Email ?? ""), HttpContext.RequestAborted);
        if (sent.IsFailure && sent.Error!.Kind == Domain.Primitives.ErrorKind.Validation)
        {
            Show(sent.Error);
            return Page();
        }

        AccountCookies.Set(HttpContext, AccountCookies.PendingEmail, Email!.Trim(), DateTimeOffset.UtcNow.AddMinutes(30));
        return Redirect(AccountRoutes.Reset);
    }
}
