using System.Text.Json;
using System.Text.Json.Serialization;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>The OIDC user-info answer (asked only when the ID token carries no email).</summary>
internal sealed record GoogleUserInfo(
    [property: JsonPropertyName("sub")] string? Sub,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("email_verified")] JsonElement EmailVerified,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("picture")] string? Picture)
{
    public bool IsEmailVerified =>
        EmailVerified.ValueKind == JsonValueKind.True || (EmailVerified.ValueKind == JsonValueKind.String && EmailVerified.GetString() == "true");
}
