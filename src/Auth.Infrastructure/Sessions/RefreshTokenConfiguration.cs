using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Sessions;

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.MapAggregateRoot<RefreshToken, RefreshTokenId>("refresh_tokens");

        builder.Property(t => t.UserId).HasColumnName("user_id");
        builder.Property(t => t.SessionId).HasColumnName("session_id");
        builder.Property(t => t.TokenHash).HasColumnName("token_hash").HasMaxLength(RefreshToken.MaxTokenHashLength).IsRequired();
        builder.Property(t => t.ExpiresAt).HasColumnName("expires_at");
        builder.Property(t => t.IsRevoked).HasColumnName("is_revoked");
        builder.Property(t => t.RevokedAt).HasColumnName("revoked_at");
        builder.Property(t => t.ReplacedByTokenHash)
            .HasColumnName("replaced_by_token_hash")
            .HasMaxLength(RefreshToken.MaxTokenHashLength);

        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Session>().WithMany().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasIndex(t => t.SessionId);
        builder.HasIndex(t => t.IsRevoked);
        builder.HasIndex(t => t.ExpiresAt);
    }
}
