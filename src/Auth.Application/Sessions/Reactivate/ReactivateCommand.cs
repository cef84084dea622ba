using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Sessions.Reactivate;

public sealed record ReactivateCommand(string Email, string Password, SignInMode Mode, ClientInfo Client)
    : ICommand<Result<SignInOutcome>>, IRetryOnConcurrencyConflict, IAuditedCommand
{
    public string AuditFailureType => AuditEventTypes.ReactivationFailed;

    public string? AuditSubject => Email;

    public override string ToString() => $"ReactivateCommand {{ Email = {Email}, Password = *** }}";
}
