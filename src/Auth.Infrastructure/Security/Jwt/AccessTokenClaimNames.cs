namespace Auth.Infrastructure.Security.Jwt;

/// <summary>The claims of an access token, as the contract names them.</summary>
internal static class AccessTokenClaimNames
{
    public const string Subject = "sub";
    public const string SessionId = "sid";
    public const string Email = "email";
    public const string Role = "role";
    public const string EmailVerified = "email_verified";
    public const string TokenId = "jti";
}
