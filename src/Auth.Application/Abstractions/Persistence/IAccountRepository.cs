using Auth.Domain.Accounts;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

public interface IAccountRepository
{
    Task<Account?> FindByProviderAccountAsync(AuthProvider provider, string providerAccountId, CancellationToken cancellationToken);

    /// <summary>Every account linked to the user, oldest link first.</summary>
    Task<IReadOnlyList<Account>> ListByUserAsync(UserId userId, CancellationToken cancellationToken);

    void Add(Account account);

    /// <summary>Deletes the account when the unit of work saves.</summary>
    void Remove(Account account);
}
