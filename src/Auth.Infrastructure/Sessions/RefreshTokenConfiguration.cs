using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Sessions;

/// <summary>
/// The links of every session's refresh-token chain, one row each, in <c>refresh_tokens</c>. Part of the
/// <see cref="Session"/> aggregate: no version of its own, as every change to a chain also changes its session.
/// </summary>
internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(t => t.UserId).HasColumnName("user_id");
        builder.Property(t => t.SessionId).HasColumnName("session_id");
        builder.Property(t => t.TokenHash).HasColumnName("token_hash").HasMaxLength(RefreshToken.MaxTokenHashLength).IsRequired();
        builder.Property(t => t.ExpiresAt).HasColumnName("expires_at");
        builder.Property(t => t.IsRevoked).HasColumnName("is_revoked");
        builder.Property(t => t.RevokedAt).HasColumnName("revoked_at");
        builder.Property(t => t.ReplacedByTokenHash)
            .HasColumnName("replaced_by_token_hash")
            .HasMaxLength(RefreshToken.MaxTokenHashLength);
        builder.Property(t => t.CreatedAt).HasColumnName("created_at");
        builder.Property(t => t.UpdatedAt).HasColumnName("updated_at");

        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasIndex(t => t.SessionId);
        // No index on is_revoked (the reference schema has one): no query filters on it, and with it every rotation's
        // revoke of the presented token had to write all of this table's indexes instead of none (a heap-only update).
        builder.HasIndex(t => t.ExpiresAt);
    }
}
