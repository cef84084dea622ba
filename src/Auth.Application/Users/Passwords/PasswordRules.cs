namespace Auth.Application.Users.Passwords;

/// <summary>The contract's password rule: 8–128 characters, no composition rules, not a common password.</summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;
}
