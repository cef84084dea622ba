using Auth.Domain.Users;

namespace Auth.Domain.Audit;

/// <summary>
/// One security-relevant event, append-only: written once, in the transaction of the change it records, and never
/// updated (so it is a plain entity, not an aggregate: no version, no events). Holds no secrets: no password, code,
/// token or hash; <see cref="Subject"/> is at most the email someone tried to sign in with.
/// Text longer than the published limits is cut, never refused: an audit record must not make a request fail.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxTypeLength = 64;
    public const int MaxSubjectLength = EmailAddress.MaxLength;
    public const int MaxIpLength = 45;
    public const int MaxUserAgentLength = 512;
    public const int MaxDetailLength = 200;

    private AuditEntry(
        AuditEntryId id, string type, UserId? userId, string? subject, string? ip, string? userAgent, AuditOutcome outcome,
        string? detail, DateTimeOffset occurredAt)
    {
        Id = id;
        Type = type;
        UserId = userId;
        Subject = subject;
        Ip = ip;
        UserAgent = userAgent;
        Outcome = outcome;
        Detail = detail;
        OccurredAt = occurredAt;
    }

    /// <summary>For materialisation by persistence only.</summary>
    private AuditEntry() => Type = string.Empty;

    public AuditEntryId Id { get; private set; }

    /// <summary>A stable dotted name, such as <c>user.sign_in_failed</c> (see <see cref="AuditEventTypes"/>).</summary>
    public string Type { get; private set; }

    /// <summary>The user the event is about, when known.</summary>
    public UserId? UserId { get; private set; }

    /// <summary>What the action named when no user is known, e.g. the email of a failed sign-in.</summary>
    public string? Subject { get; private set; }

    public string? Ip { get; private set; }

    public string? UserAgent { get; private set; }

    public AuditOutcome Outcome { get; private set; }

    /// <summary>Short, non-secret detail: an error code, "user→admin", a revocation reason.</summary>
    public string? Detail { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public static AuditEntry Record(
        string type, UserId? userId, string? subject, string? ip, string? userAgent, AuditOutcome outcome, string? detail,
        DateTimeOffset occurredAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        if (type.Length > MaxTypeLength) throw new ArgumentOutOfRangeException(nameof(type), type, "Audit types are short, fixed names.");
        if (!Enum.IsDefined(outcome)) throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null);
        return new AuditEntry(
            AuditEntryId.New(occurredAt), type, userId, Cut(subject, MaxSubjectLength), Cut(ip, MaxIpLength),
            Cut(userAgent, MaxUserAgentLength), outcome, Cut(detail, MaxDetailLength), occurredAt);
    }

    private static string? Cut(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        return trimmed.Length <= maxLength ? trimmed : trimmed[..maxLength];
    }
}
