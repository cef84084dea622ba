using Auth.Application.Abstractions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Persistence.Verifications;

/// <summary>
/// The <c>verifications</c> table of the reference schema (identifier, value, expires at), holding the value's
/// SHA-256 instead of the value and a payload for what the secret carries.
/// </summary>
internal sealed class VerificationRowConfiguration : IEntityTypeConfiguration<VerificationRow>
{
    public void Configure(EntityTypeBuilder<VerificationRow> builder)
    {
        builder.ToTable("verifications");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(v => v.Identifier).HasColumnName("identifier").HasMaxLength(VerificationEntry.MaxIdentifierLength);
        builder.Property(v => v.ValueHash).HasColumnName("value_hash").HasMaxLength(VerificationEntry.MaxValueHashLength);
        builder.Property(v => v.Payload).HasColumnName("payload");
        builder.Property(v => v.CreatedAt).HasColumnName("created_at");
        builder.Property(v => v.ExpiresAt).HasColumnName("expires_at");

        builder.HasIndex(v => new { v.Identifier, v.ValueHash }).IsUnique();
        builder.HasIndex(v => v.ExpiresAt);
    }
}
