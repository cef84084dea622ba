using Auth.Application.Behaviors;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.ChangePassword;

public sealed record ChangePasswordCommand(UserId UserId, SessionId CurrentSessionId, string CurrentPassword, string NewPassword, string Code)
    : ICommand<Result>, IRetryOnConcurrencyConflict, IAuditedCommand
{
    public string AuditFailureType => AuditEventTypes.PasswordChangeFailed;

    public UserId? AuditUserId => UserId;

    public override string ToString() => $"ChangePasswordCommand {{ UserId = {UserId}, CurrentPassword = ***, NewPassword = ***, Code = *** }}";
}
