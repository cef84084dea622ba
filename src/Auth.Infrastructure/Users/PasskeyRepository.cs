using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Users;

internal sealed class PasskeyRepository(AuthDbContext db) : IPasskeyRepository
{
    public Task<Passkey?> FindByIdAsync(PasskeyId id, CancellationToken cancellationToken) =>
        db.Passkeys.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<Passkey?> FindByCredentialIdAsync(string credentialId, CancellationToken cancellationToken) =>
        db.Passkeys.FirstOrDefaultAsync(p => p.CredentialId == credentialId, cancellationToken);

    public async Task<IReadOnlyList<Passkey>> ListByUserAsync(UserId userId, CancellationToken cancellationToken) =>
        await db.Passkeys.Where(p => p.UserId == userId).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

    public void Add(Passkey passkey) => db.Passkeys.Add(passkey);

    public void Remove(Passkey passkey) => db.Passkeys.Remove(passkey);
}
