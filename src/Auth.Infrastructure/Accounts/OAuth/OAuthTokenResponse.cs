using System.Text.Json.Serialization;
using Auth.Application.Abstractions.OAuth;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>RFC 6749 §5.1 (plus OIDC's <c>id_token</c>); GitHub answers errors with 200 and an <c>error</c> member.</summary>
internal sealed record OAuthTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] long? ExpiresIn,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("scope")] string? Scope,
    [property: JsonPropertyName("id_token")] string? IdToken,
    [property: JsonPropertyName("error")] string? Error)
{
    public ProviderTokens ToProviderTokens(DateTimeOffset now) =>
        new(AccessToken, RefreshToken, ExpiresIn is > 0 and < int.MaxValue ? now.AddSeconds(ExpiresIn.Value) : null, Scope);

    public override string ToString() => $"OAuthTokenResponse {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn}, Scope = {Scope}, Error = {Error} }}";
}
