namespace Auth.Api.Authentication;

/// <summary>Claim names on the authenticated principal; the same names the access token carries.</summary>
internal static class AuthClaims
{
    public const string Subject = "sub";
    public const string SessionId = "sid";
    public const string Email = "email";
    public const string Role = "role";
    public const string EmailVerified = "email_verified";
}
