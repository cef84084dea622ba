using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Sessions.SignInWithOtp;

/// <summary>Passwordless sign-in, and the second step of two-factor sign-in.</summary>
public sealed record SignInWithOtpCommand(string Email, string Code, SignInMode Mode, ClientInfo Client)
    : ICommand<Result<SignInOutcome>>, IRetryOnConcurrencyConflict, IAuditedCommand
{
    public string AuditFailureType => AuditEventTypes.SignInFailed;

    public string? AuditSubject => Email;

    public override string ToString() => $"SignInWithOtpCommand {{ Email = {Email}, Code = ***, Mode = {Mode} }}";
}
