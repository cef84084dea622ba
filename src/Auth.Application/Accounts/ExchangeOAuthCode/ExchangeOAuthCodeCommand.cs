using Auth.Application.Sessions;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Accounts.ExchangeOAuthCode;

/// <summary>
/// The app trades the one-time code from its redirect (after a provider sign-in or a sign-in on the hosted pages) for tokens
/// (or a session token), as after a password sign-in.
/// </summary>
public sealed record ExchangeOAuthCodeCommand(string Code, SignInMode Mode, ClientInfo Client) : ICommand<Result<SignInOutcome>>
{
    public override string ToString() => $"ExchangeOAuthCodeCommand {{ Code = ***, Mode = {Mode} }}";
}
