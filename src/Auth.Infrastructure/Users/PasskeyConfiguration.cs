using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Users;

/// <summary>The <c>passkeys</c> table: one row per credential, unique by credential id, listed per user; gone with its user.</summary>
internal sealed class PasskeyConfiguration : IEntityTypeConfiguration<Passkey>
{
    public const int MaxPublicKeyLength = 2048;
    public const int MaxTransportsLength = 128;

    public void Configure(EntityTypeBuilder<Passkey> builder)
    {
        builder.MapAggregateRoot<Passkey, PasskeyId>("passkeys");

        builder.Property(p => p.UserId).HasColumnName("user_id");
        builder.Property(p => p.CredentialId).HasColumnName("credential_id").HasMaxLength(Passkey.MaxCredentialIdLength).IsRequired();
        builder.Property(p => p.UserHandle).HasColumnName("user_handle").HasMaxLength(Passkey.MaxUserHandleLength).IsRequired();
        builder.Property(p => p.PublicKey).HasColumnName("public_key").HasMaxLength(MaxPublicKeyLength).IsRequired();
        builder.Property(p => p.SignCount).HasColumnName("sign_count");
        builder.Property(p => p.Transports).HasColumnName("transports").HasMaxLength(MaxTransportsLength).IsRequired();
        builder.Property(p => p.Aaguid).HasColumnName("aaguid");
        builder.Property(p => p.BackupEligible).HasColumnName("backup_eligible");
        builder.Property(p => p.BackedUp).HasColumnName("backed_up");
        builder.Property(p => p.Name).HasColumnName("name").HasMaxLength(Passkey.MaxNameLength).IsRequired();
        builder.Property(p => p.LastUsedAt).HasColumnName("last_used_at");

        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(p => p.CredentialId).IsUnique();
        builder.HasIndex(p => p.UserId);
    }
}
