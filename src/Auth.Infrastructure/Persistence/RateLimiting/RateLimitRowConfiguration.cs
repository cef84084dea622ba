using Auth.Application.Abstractions.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Persistence.RateLimiting;

/// <summary>
/// The <c>rate_limits</c> table (the reference schema's key, count and last request, plus the window start): the
/// key is the primary key, which the upserts conflict on; <c>last_request</c> is indexed for the clean-up.
/// </summary>
internal sealed class RateLimitRowConfiguration : IEntityTypeConfiguration<RateLimitRow>
{
    public void Configure(EntityTypeBuilder<RateLimitRow> builder)
    {
        builder.ToTable("rate_limits");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasColumnName("key").HasMaxLength(RateLimitKeys.MaxLength).ValueGeneratedNever();
        builder.Property(r => r.Count).HasColumnName("count");
        builder.Property(r => r.WindowStart).HasColumnName("window_start");
        builder.Property(r => r.LastRequest).HasColumnName("last_request");
        builder.HasIndex(r => r.LastRequest);
    }
}
