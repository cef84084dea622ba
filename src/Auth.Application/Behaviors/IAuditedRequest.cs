namespace Auth.Application.Behaviors;

/// <summary>
/// A command written to the audit trail on every call, whatever it answers: a request for a code by email. The
/// trail shows who asked for codes for which addresses (the user is empty for an unknown email), and every call
/// costs the same write, known email or not.
/// </summary>
public interface IAuditedRequest
{
    /// <summary>The entry type, one of <see cref="Auth.Domain.Audit.AuditEventTypes"/>.</summary>
    string AuditRequestType { get; }

    /// <summary>The email the caller named. Never a secret.</summary>
    string AuditSubject { get; }

    /// <summary>What was asked for (such as the code type), recorded as the detail of a success.</summary>
    string? AuditDetail { get; }
}
