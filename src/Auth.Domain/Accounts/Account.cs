using Auth.Domain.Accounts.Events;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.Accounts;

/// <summary>
/// A provider account (Google, GitHub) linked to a user: one per user and provider, and one user per provider
/// account. Keeps the provider's tokens only in encrypted form.
/// </summary>
public sealed class Account : AggregateRoot<AccountId>
{
    /// <summary>Column sizes persistence reuses; Google's <c>sub</c> and GitHub's ids are far shorter.</summary>
    public const int MaxProviderAccountIdLength = 255;
    public const int MaxScopeLength = 1024;

    private Account(AccountId id, UserId userId, AuthProvider provider, string providerAccountId, DateTimeOffset now)
        : base(id, now)
    {
        UserId = userId;
        Provider = provider;
        ProviderAccountId = providerAccountId;
        LinkedAt = now;
    }

    private Account() { }

    public UserId UserId { get; private set; }

    public AuthProvider Provider { get; private set; }

    public string ProviderAccountId { get; private set; } = null!;

    /// <summary>Encrypted by the caller; null when the provider gave none.</summary>
    public string? AccessToken { get; private set; }

    /// <summary>Encrypted by the caller; kept from an earlier sign-in when the provider sends no new one.</summary>
    public string? RefreshToken { get; private set; }

    public DateTimeOffset? AccessTokenExpiresAt { get; private set; }

    public string? Scope { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    /// <summary>Links the provider account to the user. The first sign-in through it is recorded separately.</summary>
    public static Account Link(UserId userId, ProviderIdentity identity, ProtectedProviderTokens tokens, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(tokens);
        if (identity.Provider == AuthProvider.Local) throw new ArgumentException("Local sign-in has no linked account.", nameof(identity));
        ArgumentException.ThrowIfNullOrWhiteSpace(identity.AccountId);
        if (identity.AccountId.Length > MaxProviderAccountIdLength)
            throw new ArgumentException($"A provider account id is at most {MaxProviderAccountIdLength} characters.", nameof(identity));

        var account = new Account(AccountId.New(now), userId, identity.Provider, identity.AccountId, now);
        account.KeepTokens(tokens);
        account.Raise(new AccountLinked(account.Id, userId, account.Provider, account.ProviderAccountId, now));
        return account;
    }

    /// <summary>The provider vouched for the user again: keep its newest tokens (a missing refresh token keeps the old one).</summary>
    public void RecordSignIn(ProtectedProviderTokens tokens, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        KeepTokens(tokens);
        LastSignInAt = now;
        MarkUpdated(now);
        Raise(new ProviderSignedIn(Id, UserId, Provider, now));
    }

    /// <summary>
    /// Removes this way of signing in, unless it is the last one the owner has: no password and no other linked
    /// account. The caller deletes the account when this succeeds.
    /// </summary>
    public Result Unlink(User owner, IReadOnlyCollection<Account> ownerAccounts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(ownerAccounts);
        if (owner.Id != UserId) throw new ArgumentException("The owner is another user.", nameof(owner));

        var otherAccounts = ownerAccounts.Count(a => a.Id != Id && a.UserId == UserId);
        if (!owner.HasOtherWayToSignIn(otherAccounts, owner.PasskeyCount)) return AccountErrors.LastSignInMethod;
        owner.RecordSignInMethodRemoved(now);
        MarkUpdated(now);
        Raise(new AccountUnlinked(Id, UserId, Provider, ProviderAccountId, now));
        return Result.Success;
    }

    private void KeepTokens(ProtectedProviderTokens tokens)
    {
        AccessToken = tokens.AccessToken;
        RefreshToken = tokens.RefreshToken ?? RefreshToken;
        AccessTokenExpiresAt = tokens.AccessTokenExpiresAt;
        Scope = tokens.Scope is { Length: > MaxScopeLength } scope ? scope[..MaxScopeLength] : tokens.Scope;
    }
}
