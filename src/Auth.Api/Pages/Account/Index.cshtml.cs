using Auth.Api.Accounts;
using Auth.Api.RateLimiting;
using Auth.Api.Users;
using Auth.Application.Accounts;
using Auth.Application.Accounts.ListMyAccounts;
using Auth.Application.Accounts.StartProviderLink;
using Auth.Application.Accounts.UnlinkAccount;
using Auth.Application.Sessions;
using Auth.Application.Sessions.ListMySessions;
using Auth.Application.Sessions.RevokeMySession;
using Auth.Application.Sessions.SignOut;
using Auth.Application.Users;
using Auth.Application.Users.BeginPasskeyRegistration;
using Auth.Application.Users.BeginTotpEnrolment;
using Auth.Application.Users.ChangePassword;
using Auth.Application.Users.ConfirmTotp;
using Auth.Application.Users.DeleteMe;
using Auth.Application.Users.DeletePasskey;
using Auth.Application.Users.DisableTotp;
using Auth.Application.Users.GetMe;
using Auth.Application.Users.ListMyPasskeys;
using Auth.Application.Users.RegenerateRecoveryCodes;
using Auth.Application.Users.RegisterPasskey;
using Auth.Application.Users.RequestPasswordChange;
using Auth.Application.Users.UpdateProfile;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Api.Pages.Account;

/// <summary>
/// The signed-in home. Each form posts to its own handler, which sends the command the matching REST route sends and
/// then shows the page again (with the outcome, or the error next to its field).
/// </summary>
public sealed class IndexModel : SignedInPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public UserDto Me { get; private set; } = null!;

    public IReadOnlyList<SessionDto> Sessions { get; private set; } = [];

    public IReadOnlyList<AccountDto> Providers { get; private set; } = [];

    public IReadOnlyList<PasskeyDto> Passkeys { get; private set; } = [];

    /// <summary>Which form is open, or was just used: profile, password, totp, recovery, delete.</summary>
    public string? Section { get; private set; }

    public override string? PostedForm => Section;

    public string? Notice { get; private set; }

    public TotpEnrolmentDto? Enrolment { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <summary>The providers that can be linked here: configured, and none of that provider linked yet.</summary>
    public IEnumerable<(string Name, string Label)> LinkableProviders =>
        OAuth.EnabledProviders.Keys.Where(p => Providers.All(a => a.Provider != p)).Order().Select(p => (p, ProviderLabel(p)));

    private OAuthSettings OAuth => HttpContext.RequestServices.GetRequiredService<OAuthSettings>();

    /// <summary>
    /// Also the end of a link started here: the provider flow comes back with <c>?linked=</c> or <c>?error=</c> (a code
    /// only: the words shown are ours, never the URL's).
    /// </summary>
    public Task<IActionResult> OnGetAsync(string? linked = null, string? error = null)
    {
        if (linked is not null && OAuth.EnabledProviders.ContainsKey(linked)) Notice = $"{ProviderLabel(linked)} is linked.";
        else if (error is not null) FormError = LinkErrors.GetValueOrDefault(error, "The provider did not link the account; try again.");
        return ShowAsync(linked is null && error is null ? null : "providers");
    }

    /// <summary>Starts the provider's flow for this person (<see cref="StartProviderLinkCommand"/>); it ends back here.</summary>
    public async Task<IActionResult> OnPostLinkAsync(string provider)
    {
        var started = await Mediator.Send(
            new StartProviderLinkCommand(
                Subject.UserId, provider, OAuthBrowser.PublicUri(HttpContext, AccountRoutes.Home), OAuthBrowser.CallbackUri(HttpContext, provider), null),
            HttpContext.RequestAborted);
        if (started.IsFailure)
        {
            Show(started.Error!);
            return await ShowAsync("providers");
        }

        OAuthBrowser.BindBrowser(HttpContext, started.Value);
        return Redirect(started.Value.AuthorizationUri.AbsoluteUri);
    }

    public Task<IActionResult> OnPostProfileAsync() =>
        RunAsync("profile", new UpdateProfileCommand(Subject.UserId, Name, null), "Your name is saved.");

    public async Task<IActionResult> OnPostPasswordCodeAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.Otp, Subject.Email)) return await ShowAsync("password");
        var sent = await Mediator.Send(new RequestPasswordChangeCommand(Subject.UserId), HttpContext.RequestAborted);
        if (sent.IsFailure) Show(sent.Error!);
        else Notice = "We emailed you a code to confirm the change.";
        return await ShowAsync("password");
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, Subject.Email)) return await ShowAsync("password");
        return await RunAsync(
            "password",
            new ChangePasswordCommand(Subject.UserId, Subject.SessionId, Password ?? "", NewPassword ?? "", Code ?? ""),
            "Your password is changed. Your other devices were signed out.");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await Mediator.Send(new SignOutCommand(Subject.SessionId), HttpContext.RequestAborted);
        return SignedOut();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid sessionId)
    {
        if (sessionId == Subject.SessionId.Value) return await OnPostSignOutAsync();
        return await RunAsync("sessions", new RevokeMySessionCommand(Subject.UserId, new SessionId(sessionId)), "That device is signed out.");
    }

    public Task<IActionResult> OnPostUnlinkAsync(string provider) =>
        RunAsync("providers", new UnlinkAccountCommand(Subject.UserId, provider), "The provider is unlinked.");

    public async Task<IActionResult> OnPostTotpBeginAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, Subject.Email)) return await ShowAsync("totp");
        var begun = await Mediator.Send(new BeginTotpEnrolmentCommand(Subject.UserId, Password), HttpContext.RequestAborted);
        if (begun.IsFailure) Show(begun.Error!);
        else Enrolment = begun.Value;
        return await ShowAsync("totp");
    }

    public async Task<IActionResult> OnPostTotpConfirmAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, Subject.Email)) return await ShowAsync("totp");
        var confirmed = await Mediator.Send(new ConfirmTotpCommand(Subject.UserId, Code ?? ""), HttpContext.RequestAborted);
        if (confirmed.IsFailure) Show(confirmed.Error!);
        else (RecoveryCodes, Notice) = (confirmed.Value.RecoveryCodes, "Two-step sign-in is on. Keep these recovery codes somewhere safe: they are shown once.");
        return await ShowAsync("totp");
    }

    public async Task<IActionResult> OnPostTotpDisableAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, Subject.Email)) return await ShowAsync("totp");
        return await RunAsync("totp", new DisableTotpCommand(Subject.UserId, Password, Code), "The authenticator app is turned off.");
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, Subject.Email)) return await ShowAsync("totp");
        var regenerated = await Mediator.Send(new RegenerateRecoveryCodesCommand(Subject.UserId, Code ?? ""), HttpContext.RequestAborted);
        if (regenerated.IsFailure) Show(regenerated.Error!);
        else (RecoveryCodes, Notice) = (regenerated.Value.RecoveryCodes, "New recovery codes; the old ones no longer work. They are shown once.");
        return await ShowAsync("totp");
    }

    /// <summary>Creation options for the "Add passkey" button, as JSON for the WebAuthn helper.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        var options = await Mediator.Send(new BeginPasskeyRegistrationCommand(Subject.UserId, HttpContext.RelyingParty()), HttpContext.RequestAborted);
        return options.IsSuccess ? Content(options.Value.Json, "application/json") : NotFound();
    }

    public async Task<IActionResult> OnPostPasskeyAddAsync(string? credential)
    {
        var name = Name;
        if (!await WithinLimitAsync(RateLimitPolicies.SignIn, Subject.Email)) return await ShowAsync("passkeys");
        return await RunAsync(
            "passkeys", new RegisterPasskeyCommand(Subject.UserId, name, credential ?? "", HttpContext.RelyingParty()), "The passkey is added.");
    }

    public Task<IActionResult> OnPostPasskeyRemoveAsync(Guid passkeyId) =>
        RunAsync("passkeys", new DeletePasskeyCommand(Subject.UserId, new PasskeyId(passkeyId)), "The passkey is removed.");

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var deleted = await Mediator.Send(new DeleteMeCommand(Subject.UserId, Password), HttpContext.RequestAborted);
        if (deleted.IsSuccess) return SignedOut();
        Show(deleted.Error!);
        return await ShowAsync("delete");
    }

    private async Task<IActionResult> RunAsync<TResponse>(string section, ICommand<TResponse> command, string done)
        where TResponse : Result
    {
        var result = await Mediator.Send(command, HttpContext.RequestAborted);
        if (result.IsFailure) Show(result.Error!);
        else Notice = done;
        return await ShowAsync(section);
    }

    private static readonly IReadOnlyDictionary<string, string> LinkErrors = new[]
    {
        AccountErrors.ProviderAccountLinkedElsewhere, AccountErrors.ProviderLinkedAlready, AccountErrors.AccessDenied,
        AccountErrors.ProviderError, AccountErrors.ProviderUnavailable, AccountErrors.IdTokenInvalid,
    }.ToDictionary(e => e.Code, e => e.Description);

    public static string ProviderLabel(string provider) => provider == "github" ? "GitHub" : "Google";

    private async Task<IActionResult> ShowAsync(string? section = null)
    {
        Section = section;
        var me = await Mediator.Send(new GetMeQuery(Subject.UserId), HttpContext.RequestAborted);
        if (me.IsFailure) return SignedOut();
        Me = me.Value;
        // The profile form shows what was just typed when it was refused; after any other form, the stored name (the
        // passkey form's field is also called name).
        if (Section != "profile" || Name is null) Name = Me.Name;
        Sessions = (await Mediator.Send(new ListMySessionsQuery(Subject.UserId, Subject.SessionId), HttpContext.RequestAborted)).Value;
        Providers = (await Mediator.Send(new ListMyAccountsQuery(Subject.UserId), HttpContext.RequestAborted)).Value;
        Passkeys = (await Mediator.Send(new ListMyPasskeysQuery(Subject.UserId), HttpContext.RequestAborted)).Value;
        return Page();
    }
}
