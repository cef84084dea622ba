using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Persistence.KeyMaterial;

internal sealed class SigningKeyRowConfiguration : IEntityTypeConfiguration<SigningKeyRow>
{
    public const int MaxKeyIdLength = 64;
    public const int MaxAlgorithmLength = 16;

    public void Configure(EntityTypeBuilder<SigningKeyRow> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(k => k.KeyId);
        builder.Property(k => k.KeyId).HasColumnName("key_id").HasMaxLength(MaxKeyIdLength).ValueGeneratedNever();
        builder.Property(k => k.Algorithm).HasColumnName("algorithm").HasMaxLength(MaxAlgorithmLength);
        builder.Property(k => k.PrivateKey).HasColumnName("private_key");
        builder.Property(k => k.CreatedAt).HasColumnName("created_at");
        builder.Property(k => k.RetiresAt).HasColumnName("retires_at");
        builder.Property(k => k.ExpiresAt).HasColumnName("expires_at");
    }
}
