namespace Auth.Domain.Users;

/// <summary>Where a user's identity comes from.</summary>
public enum AuthProvider
{
    Local,
    Google,
    GitHub,
}
