using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Sessions;

internal sealed class SignInChallengeConfiguration : IEntityTypeConfiguration<SignInChallenge>
{
    public void Configure(EntityTypeBuilder<SignInChallenge> builder)
    {
        builder.MapAggregateRoot<SignInChallenge, SignInChallengeId>("sign_in_challenges");

        builder.Property(c => c.UserId).HasColumnName("user_id");
        builder.Property(c => c.TokenHash).HasColumnName("token_hash").HasMaxLength(SignInChallenge.MaxTokenHashLength).IsRequired();
        builder.Property(c => c.ExpiresAt).HasColumnName("expires_at");
        builder.Property(c => c.FailedAttempts).HasColumnName("failed_attempts");
        builder.Property(c => c.CompletedAt).HasColumnName("completed_at");

        builder.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.HasIndex(c => c.UserId);
        builder.HasIndex(c => c.ExpiresAt);
    }
}
