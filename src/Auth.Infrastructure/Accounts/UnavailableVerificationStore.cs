using Auth.Application.Abstractions.Persistence;

namespace Auth.Infrastructure.Accounts;

/// <summary>
/// Registered only when the configured database provides no <see cref="IVerificationStore"/> (every engine the service
/// ships provides one; this guards an adapter added without them), so that the service still starts without OAuth;
/// every call says what is missing.
/// </summary>
internal sealed class UnavailableVerificationStore : IVerificationStore
{
    public void Add(VerificationEntry entry) => throw NotAvailable();

    public Task<VerificationEntry?> ConsumeAsync(string identifier, string valueHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        throw NotAvailable();

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) => throw NotAvailable();

    internal static InvalidOperationException NotAvailable() => new(
        "OAuth sign-in is not available on this Database:Provider yet: it implements no IVerificationStore and IAccountRepository " +
        "(see docs/oauth.md). Use Sqlite, or remove the Auth:OAuth provider client ids.");
}
