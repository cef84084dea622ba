using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Users;

/// <summary>The <c>passkey_challenges</c> table: found by the challenge's hash, swept by the clean-up once expired.</summary>
internal sealed class PasskeyChallengeConfiguration : IEntityTypeConfiguration<PasskeyChallenge>
{
    public const int MaxOptionsLength = 8192;

    public void Configure(EntityTypeBuilder<PasskeyChallenge> builder)
    {
        builder.MapAggregateRoot<PasskeyChallenge, PasskeyChallengeId>("passkey_challenges");

        builder.Property(c => c.Ceremony).HasColumnName("ceremony").HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.UserId).HasColumnName("user_id");
        builder.Property(c => c.ChallengeHash).HasColumnName("challenge_hash").HasMaxLength(PasskeyChallenge.MaxChallengeHashLength).IsRequired();
        builder.Property(c => c.Options).HasColumnName("options").HasMaxLength(MaxOptionsLength).IsRequired();
        builder.Property(c => c.ExpiresAt).HasColumnName("expires_at");
        builder.Property(c => c.UsedAt).HasColumnName("used_at");

        builder.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(c => c.ChallengeHash).IsUnique();
        builder.HasIndex(c => c.ExpiresAt);
    }
}
