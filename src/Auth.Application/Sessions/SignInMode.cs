namespace Auth.Application.Sessions;

/// <summary>Token: a JWT access token plus a rotating refresh token. Session: one opaque token checked against the store.</summary>
public enum SignInMode
{
    Token,
    Session,
}
