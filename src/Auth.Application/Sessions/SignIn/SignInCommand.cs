using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Sessions.SignIn;

public sealed record SignInCommand(string Email, string Password, SignInMode Mode, ClientInfo Client)
    : ICommand<Result<SignInOutcome>>, IRetryOnConcurrencyConflict, IAuditedCommand
{
    public string AuditFailureType => AuditEventTypes.SignInFailed;

    public string? AuditSubject => Email;

    public override string ToString() => $"SignInCommand {{ Email = {Email}, Password = ***, Mode = {Mode} }}";
}
