using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Accounts;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Accounts;

internal sealed class AccountRepository(AuthDbContext db) : IAccountRepository
{
    public Task<Account?> FindByProviderAccountAsync(AuthProvider provider, string providerAccountId, CancellationToken cancellationToken) =>
        db.Accounts.FirstOrDefaultAsync(a => a.Provider == provider && a.ProviderAccountId == providerAccountId, cancellationToken);

    public async Task<IReadOnlyList<Account>> ListByUserAsync(UserId userId, CancellationToken cancellationToken) =>
        await db.Accounts
            .Where(a => a.UserId == userId)
            .OrderBy(a => a.LinkedAt)
            .ThenBy(a => a.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    public void Add(Account account) => db.Accounts.Add(account);

    public void Remove(Account account) => db.Accounts.Remove(account);
}
