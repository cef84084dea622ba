namespace Auth.Application.Users;

/// <summary>The user as every client sees it. Never carries a hash of any kind.</summary>
public sealed record UserDto(
    Guid Id,
    string Name,
    string Email,
    string Role,
    string Provider,
    bool IsEmailVerified,
    AvatarDto? Avatar,
    DateTimeOffset? LastLoginAt,
    DateTimeOffset CreatedAt,
    bool TwoFactorEnabled,
    TwoFactorDto TwoFactor);
