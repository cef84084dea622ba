using Auth.Domain.OneTimePasswords;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.OneTimePasswords;

/// <summary>Stores a code type under its contract name ("signin", "email-verification", ...).</summary>
internal sealed class OtpTypeConverter() : ValueConverter<OtpType, string>(type => type.ToWireName(), value => Parse(value))
{
    public const int MaxLength = 32;

    private static OtpType Parse(string value) =>
        OtpTypeNames.TryParse(value, out var type)
            ? type
            : throw new InvalidOperationException($"Unknown one-time code type '{value}' in the database.");
}
