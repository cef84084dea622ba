namespace Auth.Domain.Audit;

/// <summary>The stored and contract names of <see cref="AuditOutcome"/>.</summary>
public static class AuditOutcomeNames
{
    public const string Success = "success";
    public const string Failure = "failure";
    public const int MaxLength = 8;

    public static string ToWireName(this AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => Success,
        AuditOutcome.Failure => Failure,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static bool TryParse(string? value, out AuditOutcome outcome)
    {
        switch (value)
        {
            case Success:
                outcome = AuditOutcome.Success;
                return true;
            case Failure:
                outcome = AuditOutcome.Failure;
                return true;
            default:
                outcome = default;
                return false;
        }
    }
}
