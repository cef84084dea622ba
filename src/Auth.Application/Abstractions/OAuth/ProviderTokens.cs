namespace Auth.Application.Abstractions.OAuth;

/// <summary>The provider's token response, in clear: encrypt before storing.</summary>
public sealed record ProviderTokens(string? AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt, string? Scope)
{
    public override string ToString() => $"ProviderTokens {{ AccessToken = ***, RefreshToken = ***, ExpiresAt = {ExpiresAt:O}, Scope = {Scope} }}";
}
