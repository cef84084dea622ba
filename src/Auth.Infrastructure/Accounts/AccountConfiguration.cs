using Auth.Domain.Accounts;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Accounts;

/// <summary>
/// The <c>accounts</c> table (the reference schema's <c>account</c>, for providers only: passwords stay on users).
/// Provider tokens are stored as the protector's ciphertext, never in clear.
/// </summary>
internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.MapAggregateRoot<Account, AccountId>("accounts");

        builder.Property(a => a.UserId).HasColumnName("user_id");
        builder.Property(a => a.Provider).HasColumnName("provider");
        builder.Property(a => a.ProviderAccountId).HasColumnName("provider_account_id").HasMaxLength(Account.MaxProviderAccountIdLength).IsRequired();
        builder.Property(a => a.AccessToken).HasColumnName("access_token");
        builder.Property(a => a.RefreshToken).HasColumnName("refresh_token");
        builder.Property(a => a.AccessTokenExpiresAt).HasColumnName("access_token_expires_at");
        builder.Property(a => a.Scope).HasColumnName("scope").HasMaxLength(Account.MaxScopeLength);
        builder.Property(a => a.LinkedAt).HasColumnName("linked_at");
        builder.Property(a => a.LastSignInAt).HasColumnName("last_sign_in_at");

        // Aggregates refer to each other by id only: a foreign key without navigations.
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);

        // One user per provider account, and one account per provider for each user.
        builder.HasIndex(a => new { a.Provider, a.ProviderAccountId }).IsUnique();
        builder.HasIndex(a => new { a.UserId, a.Provider }).IsUnique();
    }
}
