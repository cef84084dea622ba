namespace Auth.Domain.Audit;

/// <summary>How the recorded action ended. Stored as <c>success</c> / <c>failure</c>.</summary>
public enum AuditOutcome
{
    Success,
    Failure,
}
