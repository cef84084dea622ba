using Auth.Application.Abstractions.Persistence;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.OneTimePasswords;

internal sealed class OtpRepository(AuthDbContext db) : IOtpRepository
{
    /// <summary>Ids are time-ordered (version 7), so they break ties between codes issued in the same tick.</summary>
    public Task<Otp?> FindLatestAsync(EmailAddress email, OtpType type, CancellationToken cancellationToken) =>
        db.Otps
            .Where(o => o.Email == email && o.Type == type)
            .OrderByDescending(o => o.CreatedAt)
            .ThenByDescending(o => o.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public void Add(Otp otp) => db.Otps.Add(otp);
}
