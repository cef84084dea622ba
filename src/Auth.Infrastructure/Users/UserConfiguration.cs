using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    /// <summary>The domain publishes no limit for these; 255 is the reference schemas' size.</summary>
    public const int MaxPasswordHashLength = 255;

    public const int MaxProviderIdLength = 255;

    /// <summary>An encrypted authenticator secret (AES-GCM over 32 base32 characters, base64) is about 100 characters.</summary>
    public const int MaxProtectedSecretLength = 512;

    /// <summary>Ten 64-character hashes and their commas.</summary>
    public const int MaxRecoveryCodeHashesLength = 1024;

    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.MapAggregateRoot<User, UserId>("users");

        builder.Property(u => u.Name).HasColumnName("name").IsRequired();
        builder.Property(u => u.Email).HasColumnName("email").IsRequired();
        builder.Property(u => u.PasswordHash).HasColumnName("password_hash").HasMaxLength(MaxPasswordHashLength);
        builder.Property(u => u.Role).HasColumnName("role");
        builder.Property(u => u.Provider).HasColumnName("provider");
        builder.Property(u => u.ProviderId).HasColumnName("provider_id").HasMaxLength(MaxProviderIdLength);
        builder.OwnsOne(u => u.Avatar, avatar =>
        {
            // The url is required inside the avatar; EF still makes the column nullable (the avatar is optional)
            // and reads "no avatar" from a null url.
            avatar.Property(a => a.Url).HasColumnName("avatar_url").HasMaxLength(Avatar.MaxUrlLength).IsRequired();
            avatar.Property(a => a.PublicId).HasColumnName("avatar_public_id").HasMaxLength(Avatar.MaxPublicIdLength);
            avatar.Property(a => a.Size).HasColumnName("avatar_size");
        });
        builder.Navigation(u => u.Avatar).IsRequired(false);
        builder.Property(u => u.IsEmailVerified).HasColumnName("is_email_verified");
        builder.Property(u => u.LastSignInAt).HasColumnName("last_sign_in_at").IsUnversioned();
        builder.Property(u => u.UpdatedAt).IsUnversioned();
        builder.Property(u => u.TwoFactorEnabled).HasColumnName("two_factor_enabled");
        builder.Property(u => u.TotpSecret).HasColumnName("totp_secret").HasMaxLength(MaxProtectedSecretLength);
        builder.Property(u => u.PendingTotpSecret).HasColumnName("totp_pending_secret").HasMaxLength(MaxProtectedSecretLength);
        builder.Property(u => u.TotpEnabledAt).HasColumnName("totp_enabled_at");
        builder.Property(u => u.TotpLastAcceptedStep).HasColumnName("totp_last_accepted_step");
        builder.Property(u => u.PasskeyCount).HasColumnName("passkey_count");
        builder.Property(u => u.RecoveryCodes)
            .HasColumnName("recovery_code_hashes")
            .HasConversion(new RecoveryCodesConverter())
            .HasMaxLength(MaxRecoveryCodeHashesLength)
            .IsRequired();
        builder.Property(u => u.FailedSignInCount).HasColumnName("failed_sign_in_count");
        builder.Property(u => u.LockedUntil).HasColumnName("lock_until");
        builder.Property(u => u.IsDeleted).HasColumnName("is_deleted");
        builder.Property(u => u.DeletedAt).HasColumnName("deleted_at");
        builder.Property(u => u.ReactivateAvailableAt).HasColumnName("re_activate_available_at");

        builder.HasIndex(u => u.Email).IsUnique();
        builder.HasIndex(u => new { u.Provider, u.ProviderId });
        builder.HasIndex(u => u.Role);
        builder.HasIndex(u => u.IsDeleted);
    }
}
