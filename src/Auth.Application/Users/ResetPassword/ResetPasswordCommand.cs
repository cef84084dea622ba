using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Users.ResetPassword;

public sealed record ResetPasswordCommand(string Email, string Code, string NewPassword) : ICommand<Result>, IRetryOnConcurrencyConflict, IAuditedCommand
{
    public string AuditFailureType => AuditEventTypes.PasswordResetFailed;

    public string? AuditSubject => Email;

    public override string ToString() => $"ResetPasswordCommand {{ Email = {Email}, Code = ***, NewPassword = *** }}";
}
