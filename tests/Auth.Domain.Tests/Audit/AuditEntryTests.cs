using Auth.Domain.Audit;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Audit;

public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Record_KeepsEveryField_WithATimeOrderedId()
    {
        var userId = UserId.New(Now);

        var entry = AuditEntry.Record("user.role_changed", userId, null, " 203.0.113.7 ", "Laptop/1.0", AuditOutcome.Success, "user→admin", Now);

        Assert.Equal(
            ("user.role_changed", (UserId?)userId, (string?)null, "203.0.113.7", "Laptop/1.0", AuditOutcome.Success, "user→admin", Now),
            (entry.Type, entry.UserId, entry.Subject, entry.Ip, entry.UserAgent, entry.Outcome, entry.Detail, entry.OccurredAt));
        Assert.Equal(7, entry.Id.Value.Version);
    }

    [Fact]
    public void Record_CutsOverlongText_AndTurnsBlanksIntoNull_InsteadOfFailingTheRequest()
    {
        var entry = AuditEntry.Record(
            "user.sign_in_failed", null, new string('a', 300), "", new string('u', 2000), AuditOutcome.Failure, new string('d', 500), Now);

        Assert.Equal(
            (AuditEntry.MaxSubjectLength, (string?)null, AuditEntry.MaxUserAgentLength, AuditEntry.MaxDetailLength),
            (entry.Subject!.Length, entry.Ip, entry.UserAgent!.Length, entry.Detail!.Length));
    }

    [Fact]
    public void Record_RefusesAMissingOrOverlongType_BecauseThatIsABug()
    {
        Assert.ThrowsAny<ArgumentException>(() => AuditEntry.Record(" ", null, null, null, null, AuditOutcome.Success, null, Now));
        Assert.ThrowsAny<ArgumentException>(() =>
            AuditEntry.Record(new string('t', AuditEntry.MaxTypeLength + 1), null, null, null, null, AuditOutcome.Success, null, Now));
    }

    [Fact]
    public void Outcome_HasStableWireNames()
    {
        Assert.Equal(("success", "failure"), (AuditOutcome.Success.ToWireName(), AuditOutcome.Failure.ToWireName()));
        Assert.True(AuditOutcomeNames.TryParse("failure", out var parsed));
        Assert.Equal(AuditOutcome.Failure, parsed);
        Assert.False(AuditOutcomeNames.TryParse("Failure", out _));
    }
}
