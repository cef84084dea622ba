using Auth.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Audit;

/// <summary>
/// The <c>audit_entries</c> table: append-only, so no version column. No foreign key to <c>users</c>: an entry
/// outlives whatever it names, and inserts stay cheap. Indexes serve the admin listing (by user, by type, all), each
/// newest first.
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.Type).HasColumnName("type").HasMaxLength(AuditEntry.MaxTypeLength).IsRequired();
        builder.Property(e => e.UserId).HasColumnName("user_id");
        builder.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(AuditEntry.MaxSubjectLength);
        builder.Property(e => e.Ip).HasColumnName("ip").HasMaxLength(AuditEntry.MaxIpLength);
        builder.Property(e => e.UserAgent).HasColumnName("user_agent").HasMaxLength(AuditEntry.MaxUserAgentLength);
        builder.Property(e => e.Outcome).HasColumnName("outcome").HasConversion<AuditOutcomeConverter>()
            .HasMaxLength(AuditOutcomeNames.MaxLength);
        builder.Property(e => e.Detail).HasColumnName("detail").HasMaxLength(AuditEntry.MaxDetailLength);
        builder.Property(e => e.OccurredAt).HasColumnName("occurred_at");

        builder.HasIndex(e => new { e.UserId, e.OccurredAt }).IsDescending(false, true);
        builder.HasIndex(e => new { e.Type, e.OccurredAt }).IsDescending(false, true);
        builder.HasIndex(e => e.OccurredAt);
    }
}
