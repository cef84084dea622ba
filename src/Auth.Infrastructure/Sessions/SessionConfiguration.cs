using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Sessions;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.MapAggregateRoot<Session, SessionId>("sessions");

        builder.Property(s => s.UserId).HasColumnName("user_id");
        builder.Property(s => s.TokenHash).HasColumnName("token_hash").HasMaxLength(Session.MaxTokenHashLength).IsRequired();
        builder.Property(s => s.Ip).HasColumnName("ip").HasMaxLength(Session.MaxIpLength);
        builder.Property(s => s.UserAgent).HasColumnName("user_agent").HasMaxLength(Session.MaxUserAgentLength);
        builder.Property(s => s.IsActive).HasColumnName("is_active");
        builder.Property(s => s.LastUsedAt).HasColumnName("last_used_at");
        builder.Property(s => s.ExpiresAt).HasColumnName("expires_at");
        builder.Property(s => s.AbsoluteExpiresAt).HasColumnName("absolute_expires_at");
        builder.Property(s => s.RevokedAt).HasColumnName("revoked_at");
        builder.Property(s => s.RevocationReason).HasColumnName("revocation_reason");

        // Aggregates refer to each other by id only: a foreign key without navigations.
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.RefreshTokens).WithOne().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.RefreshTokens).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Fewer indexes than the reference schemas: none on user_id alone (the composite index leads with it), and
        // none on a column every refresh changes (last_used_at, expires_at), so that PostgreSQL can update the session
        // in place (heap-only) without writing any index entry. A user's sessions are few enough to sort by last use
        // without an index; the clean-up pass reads the table instead (docs/databases.md, "Indexes").
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasIndex(s => s.IsActive);
        builder.HasIndex(s => new { s.UserId, s.IsActive });
    }
}
