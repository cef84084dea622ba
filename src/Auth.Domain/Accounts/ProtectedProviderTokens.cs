namespace Auth.Domain.Accounts;

/// <summary>
/// What a provider handed out at sign-in, as kept on the <see cref="Account"/>: the tokens already encrypted by the
/// caller (the domain never sees them in clear), the access token's expiry and the scope that was granted.
/// </summary>
public sealed record ProtectedProviderTokens(
    string? AccessToken, string? RefreshToken, DateTimeOffset? AccessTokenExpiresAt, string? Scope)
{
    public static ProtectedProviderTokens None { get; } = new(null, null, null, null);

    public override string ToString() =>
        $"ProtectedProviderTokens {{ AccessToken = ***, RefreshToken = ***, AccessTokenExpiresAt = {AccessTokenExpiresAt:O}, Scope = {Scope} }}";
}
