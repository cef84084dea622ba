using Auth.Api.Authentication;
using Auth.Api.RateLimiting;
using Auth.Application.Sessions;
using Auth.Application.Sessions.SignInWithSecondFactor;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Pages.Account;

/// <summary>The second step of a sign-in: an authenticator code, a recovery code, or the emailed code, as the account allows.</summary>
public sealed class TwoFactorModel : AccountPageModel
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["totp"] = "Authenticator app code",
        ["recovery"] = "Recovery code",
        ["email"] = "Code we emailed you",
    };

    private PendingChallenge? _pending;

    [BindProperty]
    public string? Method { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public IEnumerable<(string Value, string Label)> Choices =>
        (_pending?.Methods ?? []).Where(Labels.ContainsKey).Select(m => (m, Labels[m]));

    public IActionResult OnGet()
    {
        if (!ReadChallenge()) return Redirect(AccountRoutes.SignIn);
        Method = _pending!.Methods.FirstOrDefault();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ReadChallenge()) return Redirect(AccountRoutes.SignIn);
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, null)) return Page();
        var signedIn = await Mediator.Send(
            new SignInWithSecondFactorCommand(_pending!.Challenge, Method ?? "", Code ?? "", SignInMode.Session, HttpContext.ClientInfo()),
            HttpContext.RequestAborted);
        if (signedIn.IsSuccess) return await SignedInAsync(signedIn.Value);
        if (signedIn.Error!.Code == "two_factor_challenge_invalid")
        {
            AccountCookies.Delete(HttpContext, AccountCookies.Challenge);
            return Redirect(AccountRoutes.SignIn);
        }

        Show(signedIn.Error);
        return Page();
    }

    private bool ReadChallenge() => (_pending = PendingChallenge.Read(AccountCookies.Get(HttpContext, AccountCookies.Challenge))) is not null;
}
