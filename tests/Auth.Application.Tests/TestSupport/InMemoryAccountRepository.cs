using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Accounts;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

public sealed class InMemoryAccountRepository : IAccountRepository
{
    private readonly List<Account> _accounts = [];

    public IReadOnlyList<Account> All => _accounts;

    public Task<Account?> FindByProviderAccountAsync(AuthProvider provider, string providerAccountId, CancellationToken cancellationToken) =>
        Task.FromResult(_accounts.SingleOrDefault(a => a.Provider == provider && a.ProviderAccountId == providerAccountId));

    public Task<IReadOnlyList<Account>> ListByUserAsync(UserId userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Account>>(_accounts.Where(a => a.UserId == userId).OrderBy(a => a.LinkedAt).ToList());

    public void Add(Account account) => _accounts.Add(account);

    public void Remove(Account account) => _accounts.Remove(account);
}
