using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Users.ForgotPassword;

public sealed record ForgotPasswordCommand(string Email) : ICommand<Result>, IAuditedRequest
{
    public string AuditRequestType => AuditEventTypes.CodeRequested;

    public string AuditSubject => Email;

    public string? AuditDetail => OtpTypeNames.PasswordReset;
}
