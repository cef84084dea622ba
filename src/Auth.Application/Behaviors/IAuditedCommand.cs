using Auth.Domain.Users;

namespace Auth.Application.Behaviors;

/// <summary>
/// A command whose expected failures are written to the audit trail, also when no aggregate changed (an unknown
/// email, a locked account, a wrong current password). Successes need no declaration: they are recorded from the
/// domain events the command raised (see <c>AuditBehavior</c>).
/// </summary>
public interface IAuditedCommand
{
    /// <summary>The entry type of a failure, one of <see cref="Auth.Domain.Audit.AuditEventTypes"/>.</summary>
    string AuditFailureType { get; }

    /// <summary>What the caller named, when it is not a user id: the attempted email. Never a secret.</summary>
    string? AuditSubject => null;

    /// <summary>The user the command acts for, when the caller is known (a bearer token).</summary>
    UserId? AuditUserId => null;
}
