using Auth.Infrastructure.Email.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Persistence.MailOutbox;

/// <summary>
/// The <c>mail_outbox</c> table. <c>(state, due_at)</c> serves the claim (due pending messages, oldest first) and the
/// backlog count; <c>delete_after</c> the clean-up of finished messages. No version column: a claim is taken under a
/// row lock and its outcome written only by the lease holder (<c>WHERE id = … AND lease_id = …</c>).
/// </summary>
internal sealed class QueuedMailConfiguration : IEntityTypeConfiguration<QueuedMail>
{
    public const int MaxSubjectLength = 200;
    public const int MaxErrorLength = 500;

    public void Configure(EntityTypeBuilder<QueuedMail> builder)
    {
        builder.ToTable("mail_outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.Recipient).HasColumnName("recipient").HasMaxLength(320);
        builder.Property(m => m.Subject).HasColumnName("subject").HasMaxLength(MaxSubjectLength);
        builder.Property(m => m.ProtectedBody).HasColumnName("protected_body");
        builder.Property(m => m.State).HasColumnName("state").HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Attempts).HasColumnName("attempts");
        builder.Property(m => m.QueuedAt).HasColumnName("queued_at");
        builder.Property(m => m.DueAt).HasColumnName("due_at");
        builder.Property(m => m.LeaseId).HasColumnName("lease_id");
        builder.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(MaxErrorLength);
        builder.Property(m => m.FinishedAt).HasColumnName("finished_at");
        builder.Property(m => m.DeleteAfter).HasColumnName("delete_after");
        builder.HasIndex(m => new { m.State, m.DueAt });
        builder.HasIndex(m => m.DeleteAfter);
    }
}
