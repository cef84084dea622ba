using Auth.Domain.Users;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Users;

/// <summary>Stores a provider under its contract name ("local", "google", "github").</summary>
internal sealed class AuthProviderConverter()
    : ValueConverter<AuthProvider, string>(provider => provider.ToWireName(), value => Parse(value))
{
    public const int MaxLength = 16;

    private static AuthProvider Parse(string value) =>
        WireNames.TryParseProvider(value, out var provider)
            ? provider
            : throw new InvalidOperationException($"Unknown auth provider '{value}' in the database.");
}
