using Auth.Domain.Audit;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Audit;

/// <summary>Stores an outcome under its contract name ("success", "failure").</summary>
internal sealed class AuditOutcomeConverter() : ValueConverter<AuditOutcome, string>(outcome => outcome.ToWireName(), value => Parse(value))
{
    private static AuditOutcome Parse(string value) =>
        AuditOutcomeNames.TryParse(value, out var outcome)
            ? outcome
            : throw new InvalidOperationException($"Unknown audit outcome '{value}' in the database.");
}
