using Auth.Domain.Sessions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Sessions;

/// <summary>Stores why a session ended by its name in <see cref="SessionRevocationReasonNames"/>.</summary>
internal sealed class SessionRevocationReasonConverter()
    : ValueConverter<SessionRevocationReason, string>(reason => reason.ToWireName(), value => Parse(value))
{
    private static SessionRevocationReason Parse(string value) =>
        SessionRevocationReasonNames.Parse(value)
        ?? throw new InvalidOperationException($"Unknown session revocation reason '{value}' in the database.");
}
