using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Persistence.KeyMaterial;

internal sealed class ServerSecretRowConfiguration : IEntityTypeConfiguration<ServerSecretRow>
{
    public const int MaxNameLength = 128;

    public void Configure(EntityTypeBuilder<ServerSecretRow> builder)
    {
        builder.ToTable("server_secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(MaxNameLength).ValueGeneratedNever();
        builder.Property(s => s.Value).HasColumnName("value");
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
    }
}
