using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Sessions.BeginPasskeySignIn;

/// <summary>Request options for a passkey sign-in: that account's passkeys when an email is given, else any discoverable one.</summary>
public sealed record BeginPasskeySignInCommand(string? Email, PasskeyRelyingParty RelyingParty) : ICommand<Result<PasskeyOptions>>;
