using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.OneTimePasswords.SendOtp;

/// <summary>Asks for a code of <see cref="Type"/> (<c>email-verification</c>, <c>signin</c> or <c>password-reset</c>).</summary>
public sealed record SendOtpCommand(string Email, string Type) : ICommand<Result<DateTimeOffset>>, IAuditedRequest
{
    public string AuditRequestType => AuditEventTypes.CodeRequested;

    public string AuditSubject => Email;

    public string? AuditDetail => Type;
}
