using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Sessions.SignInWithSecondFactor;

/// <summary>
/// The second step of a sign-in: the challenge of the first step and a code of one of its methods (<c>totp</c>,
/// <c>recovery</c>, <c>email</c>). Racing attempts are retried, so every wrong code counts and a right one wins once.
/// </summary>
public sealed record SignInWithSecondFactorCommand(string Challenge, string Method, string Code, SignInMode Mode, ClientInfo Client)
    : ICommand<Result<SignInOutcome>>, IRetryOnConcurrencyConflict, IAuditedCommand
{
    public string AuditFailureType => AuditEventTypes.TwoFactorFailed;

    public override string ToString() => $"SignInWithSecondFactorCommand {{ Challenge = ***, Method = {Method}, Code = ***, Mode = {Mode} }}";
}
