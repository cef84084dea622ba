using Auth.Application.Accounts.StartOAuth;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Accounts.StartProviderLink;

/// <summary>
/// A signed-in person links Google or GitHub from their account page: the provider flow of a sign-in, remembering who
/// links, and ending back at <paramref name="AccountPageUri"/> (this service's own page, so no allow list) with
/// <c>?linked=</c> or <c>?error=</c>.
/// </summary>
public sealed record StartProviderLinkCommand(UserId UserId, string Provider, Uri AccountPageUri, Uri CallbackUri, string? BrowserBinding)
    : ICommand<Result<OAuthAuthorization>>
{
    public override string ToString() => $"StartProviderLinkCommand {{ UserId = {UserId}, Provider = {Provider}, BrowserBinding = *** }}";
}
