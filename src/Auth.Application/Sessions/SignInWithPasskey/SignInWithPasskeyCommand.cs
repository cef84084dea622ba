using Auth.Application.Abstractions.Security;
using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.SignInWithPasskey;

/// <summary>
/// Sign-in with a passkey assertion. It is a complete sign-in on its own (no second step), and a locked password does
/// not stand in its way. Of several answers with the same challenge at most one is saved (the others conflict).
/// </summary>
public sealed record SignInWithPasskeyCommand(string Credential, SignInMode Mode, ClientInfo Client, PasskeyRelyingParty RelyingParty)
    : ICommand<Result<SignInOutcome>>, IAuditedCommand, IHasConflictError
{
    public string AuditFailureType => AuditEventTypes.SignInFailed;

    public Error ConflictError => PasskeyErrors.Invalid;

    public override string ToString() => $"SignInWithPasskeyCommand {{ Credential = ***, Mode = {Mode} }}";
}
