namespace Auth.Application.Users;

/// <summary>What an administrator sees: the user plus lockout and deletion state.</summary>
public sealed record AdminUserDto(
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
    TwoFactorDto TwoFactor,
    int FailedLoginAttempts,
    DateTimeOffset? LockedUntil,
    bool IsDeleted,
    DateTimeOffset? DeletedAt,
    DateTimeOffset? ReactivateAvailableAt,
    DateTimeOffset UpdatedAt);
