using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Accounts;
using Auth.Domain.Users;

namespace Auth.Infrastructure.Accounts;

/// <summary>
/// Registered only when the configured database provides no <see cref="IAccountRepository"/> (every engine the service
/// ships provides one; this guards an adapter added without them): nobody has linked accounts there, so listing is
/// empty, and writing is refused loudly.
/// <see cref="OAuthStartup"/> refuses to start with a provider enabled on such a database.
/// </summary>
internal sealed class UnavailableAccountRepository : IAccountRepository
{
    public Task<Account?> FindByProviderAccountAsync(AuthProvider provider, string providerAccountId, CancellationToken cancellationToken) =>
        Task.FromResult<Account?>(null);

    public Task<IReadOnlyList<Account>> ListByUserAsync(UserId userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Account>>([]);

    public void Add(Account account) => throw UnavailableVerificationStore.NotAvailable();

    public void Remove(Account account) => throw UnavailableVerificationStore.NotAvailable();
}
