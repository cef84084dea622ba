using System.Text.Json.Serialization;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>One entry of GitHub's <c>GET /user/emails</c>.</summary>
internal sealed record GitHubEmail(
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("primary")] bool Primary,
    [property: JsonPropertyName("verified")] bool Verified);
