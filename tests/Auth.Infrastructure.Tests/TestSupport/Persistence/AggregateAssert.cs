using Auth.Domain.OneTimePasswords;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Infrastructure.Tests.TestSupport.Persistence;

/// <summary>Field-by-field comparison of an aggregate as written with the same aggregate as read back.</summary>
internal static class AggregateAssert
{
    public static void SameUser(User expected, User actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Email, actual.Email);
        Assert.Equal(expected.PasswordHash, actual.PasswordHash);
        Assert.Equal(expected.Role, actual.Role);
        Assert.Equal(expected.Provider, actual.Provider);
        Assert.Equal(expected.ProviderId, actual.ProviderId);
        Assert.Equal(expected.Avatar, actual.Avatar);
        Assert.Equal(expected.IsEmailVerified, actual.IsEmailVerified);
        Assert.Equal(expected.LastSignInAt, actual.LastSignInAt);
        Assert.Equal(expected.TwoFactorEnabled, actual.TwoFactorEnabled);
        Assert.Equal(expected.TotpSecret, actual.TotpSecret);
        Assert.Equal(expected.PendingTotpSecret, actual.PendingTotpSecret);
        Assert.Equal(expected.TotpEnabledAt, actual.TotpEnabledAt);
        Assert.Equal(expected.TotpLastAcceptedStep, actual.TotpLastAcceptedStep);
        Assert.Equal(expected.RecoveryCodes.Hashes, actual.RecoveryCodes.Hashes);
        Assert.Equal(expected.FailedSignInCount, actual.FailedSignInCount);
        Assert.Equal(expected.LockedUntil, actual.LockedUntil);
        Assert.Equal(expected.IsDeleted, actual.IsDeleted);
        Assert.Equal(expected.DeletedAt, actual.DeletedAt);
        Assert.Equal(expected.ReactivateAvailableAt, actual.ReactivateAvailableAt);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Empty(actual.DomainEvents);
    }

    public static void SameOtp(Otp expected, Otp actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Email, actual.Email);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.CodeHash, actual.CodeHash);
        Assert.Equal(expected.ExpiresAt, actual.ExpiresAt);
        Assert.Equal(expected.NextResendAllowedAt, actual.NextResendAllowedAt);
        Assert.Equal(expected.Attempts, actual.Attempts);
        Assert.Equal(expected.MaxAttempts, actual.MaxAttempts);
        Assert.Equal(expected.IsUsed, actual.IsUsed);
        Assert.Equal(expected.UsedAt, actual.UsedAt);
        Assert.Equal(expected.IsSuperseded, actual.IsSuperseded);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.Version, actual.Version);
    }

    public static void SameSession(Session expected, Session actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.UserId, actual.UserId);
        Assert.Equal(expected.TokenHash, actual.TokenHash);
        Assert.Equal(expected.Ip, actual.Ip);
        Assert.Equal(expected.UserAgent, actual.UserAgent);
        Assert.Equal(expected.IsActive, actual.IsActive);
        Assert.Equal(expected.LastUsedAt, actual.LastUsedAt);
        Assert.Equal(expected.ExpiresAt, actual.ExpiresAt);
        Assert.Equal(expected.AbsoluteExpiresAt, actual.AbsoluteExpiresAt);
        Assert.Equal(expected.RevokedAt, actual.RevokedAt);
        Assert.Equal(expected.RevocationReason, actual.RevocationReason);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.Version, actual.Version);
    }

    public static void SameRefreshToken(RefreshToken expected, RefreshToken actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.UserId, actual.UserId);
        Assert.Equal(expected.SessionId, actual.SessionId);
        Assert.Equal(expected.TokenHash, actual.TokenHash);
        Assert.Equal(expected.ExpiresAt, actual.ExpiresAt);
        Assert.Equal(expected.IsRevoked, actual.IsRevoked);
        Assert.Equal(expected.RevokedAt, actual.RevokedAt);
        Assert.Equal(expected.ReplacedByTokenHash, actual.ReplacedByTokenHash);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
    }
}
