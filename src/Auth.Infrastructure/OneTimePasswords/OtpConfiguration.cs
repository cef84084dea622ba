using Auth.Domain.OneTimePasswords;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.OneTimePasswords;

internal sealed class OtpConfiguration : IEntityTypeConfiguration<Otp>
{
    public void Configure(EntityTypeBuilder<Otp> builder)
    {
        builder.MapAggregateRoot<Otp, OtpId>("otps");

        builder.Property(o => o.Email).HasColumnName("email").IsRequired();
        builder.Property(o => o.Type).HasColumnName("type");
        builder.Property(o => o.CodeHash).HasColumnName("code_hash").HasMaxLength(Otp.MaxCodeHashLength).IsRequired();
        builder.Property(o => o.ExpiresAt).HasColumnName("expires_at");
        builder.Property(o => o.NextResendAllowedAt).HasColumnName("next_resend_allowed_at");
        builder.Property(o => o.Attempts).HasColumnName("attempts");
        builder.Property(o => o.MaxAttempts).HasColumnName("max_attempts");
        builder.Property(o => o.IsUsed).HasColumnName("is_used");
        builder.Property(o => o.UsedAt).HasColumnName("used_at");
        builder.Property(o => o.IsSuperseded).HasColumnName("is_superseded");

        builder.HasIndex(o => new { o.Email, o.Type });
        builder.HasIndex(o => o.ExpiresAt);
        builder.HasIndex(o => o.IsUsed);
    }
}
