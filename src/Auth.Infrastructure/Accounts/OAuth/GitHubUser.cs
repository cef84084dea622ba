using System.Text.Json.Serialization;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>The fields of GitHub's <c>GET /user</c> that make an identity.</summary>
internal sealed record GitHubUser(
    [property: JsonPropertyName("id")] long? Id,
    [property: JsonPropertyName("login")] string? Login,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("avatar_url")] string? AvatarUrl);
