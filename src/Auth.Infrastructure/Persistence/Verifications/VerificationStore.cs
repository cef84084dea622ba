using Auth.Application.Abstractions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.Verifications;

/// <summary>
/// <see cref="IVerificationStore"/> over the scope's <see cref="AuthDbContext"/>. New entries ride on the unit of
/// work; taking one is a single <c>DELETE … WHERE id = … AND expires_at &gt; now</c> whose row count decides who got it.
/// </summary>
internal sealed class VerificationStore(AuthDbContext db) : IVerificationStore
{
    public void Add(VerificationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        db.Verifications.Add(new VerificationRow
        {
            Id = Guid.CreateVersion7(entry.CreatedAt),
            Identifier = entry.Identifier,
            ValueHash = entry.ValueHash,
            Payload = entry.Payload,
            CreatedAt = entry.CreatedAt,
            ExpiresAt = entry.ExpiresAt,
        });
    }

    public async Task<VerificationEntry?> ConsumeAsync(string identifier, string valueHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.Verifications
            .AsNoTracking()
            .Where(v => v.Identifier == identifier && v.ValueHash == valueHash && v.ExpiresAt > now)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (row is null) return null;

        var deleted = await db.Verifications
            .Where(v => v.Id == row.Id && v.ExpiresAt > now)
            .ExecuteDeleteAsync(cancellationToken)
            .ConfigureAwait(false);
        return deleted == 1 ? new VerificationEntry(row.Identifier, row.ValueHash, row.Payload, row.CreatedAt, row.ExpiresAt) : null;
    }

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Verifications.Where(v => v.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
