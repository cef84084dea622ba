using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Accounts.CompleteOAuth;

/// <summary>
/// The browser is back from the provider with a <paramref name="Code"/> (or an <paramref name="Error"/>, such as
/// <c>access_denied</c>) and the <paramref name="State"/>; <paramref name="BrowserBinding"/> is the cookie set at the start.
/// </summary>
public sealed record CompleteOAuthCommand(string Provider, string? Code, string? State, string? Error, string? BrowserBinding)
    : ICommand<Result<OAuthRedirect>>
{
    public override string ToString() => $"CompleteOAuthCommand {{ Provider = {Provider}, Code = ***, State = ***, Error = {Error} }}";
}
