using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Accounts.HandOffToApp;

/// <summary>
/// A person signed in on the hosted pages for an app (<c>?returnTo=</c>): the browser goes back to the app with a
/// one-time code, which the app exchanges for a session of its own as after a provider sign-in.
/// </summary>
public sealed record HandOffToAppCommand(UserId UserId, string ReturnTo, string? AppState) : ICommand<Result<OAuthRedirect>>
{
    public override string ToString() => $"HandOffToAppCommand {{ UserId = {UserId} }}";
}
