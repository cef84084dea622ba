using Auth.Domain.Users;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Users;

/// <summary>Stores a role under its contract name ("user", "admin").</summary>
internal sealed class RoleConverter() : ValueConverter<Role, string>(role => role.ToWireName(), value => Parse(value))
{
    public const int MaxLength = 16;

    private static Role Parse(string value) =>
        WireNames.TryParseRole(value, out var role)
            ? role
            : throw new InvalidOperationException($"Unknown role '{value}' in the database.");
}
