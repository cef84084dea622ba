using Auth.Application.Abstractions.OAuth;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Accounts;

/// <summary>
/// Applies <see cref="ProviderSignIn"/> to a redeemed code: loads what the rules look at (the linked account and its
/// owner, or the user with the same email and their accounts), encrypts the provider's tokens, and stages what the
/// rules created; or links a provider account to a signed-in user.
/// </summary>
public sealed class ProviderAccountLinker(IAccountRepository accounts, IUserRepository users, ISecretProtector protector)
{
    public async Task<Result<User>> SignInAsync(ProviderSignInResult signIn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var identity = signIn.Identity;
        var tokens = Protect(signIn.Tokens, identity);
        var linked = await accounts.FindByProviderAccountAsync(identity.Provider, identity.AccountId, cancellationToken);
        var outcome = linked is not null
            ? ProviderSignIn.Returning(linked, await OwnerOfAsync(linked, cancellationToken), tokens, now)
            : await FirstTimeAsync(identity, tokens, now, cancellationToken);
        if (outcome.IsFailure) return outcome.Error!;

        if (outcome.Value.IsNewUser) users.Add(outcome.Value.User);
        if (outcome.Value.IsNewAccount) accounts.Add(outcome.Value.Account);
        return outcome.Value.User;
    }

    /// <summary>Links the provider account to a signed-in user (<see cref="ProviderSignIn.LinkToSignedIn"/>).</summary>
    public async Task<Result<User>> LinkAsync(ProviderSignInResult signIn, UserId userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var identity = signIn.Identity;
        var user = await users.FindByIdAsync(userId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var linked = await accounts.FindByProviderAccountAsync(identity.Provider, identity.AccountId, cancellationToken);
        var userAccounts = await accounts.ListByUserAsync(user.Id, cancellationToken);
        var outcome = ProviderSignIn.LinkToSignedIn(identity, Protect(signIn.Tokens, identity), user, linked, userAccounts, now);
        if (outcome.IsFailure) return outcome.Error!;
        if (outcome.Value.IsNewAccount) accounts.Add(outcome.Value.Account);
        return user;
    }

    private async Task<Result<ProviderSignInOutcome>> FirstTimeAsync(
        ProviderIdentity identity, ProtectedProviderTokens tokens, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sameEmail = identity.VerifiedEmail is { } email ? await users.FindByEmailAsync(email, cancellationToken) : null;
        var sameEmailAccounts = sameEmail is null ? [] : await accounts.ListByUserAsync(sameEmail.Id, cancellationToken);
        return ProviderSignIn.FirstTime(identity, tokens, sameEmail, sameEmailAccounts, now);
    }

    private async Task<User> OwnerOfAsync(Account account, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(account.UserId, cancellationToken)
        ?? throw new InvalidOperationException($"Account {account.Id} belongs to user {account.UserId}, who does not exist.");

    private ProtectedProviderTokens Protect(ProviderTokens tokens, ProviderIdentity identity)
    {
        var purpose = $"{identity.Provider.ToWireName()}:{identity.AccountId}";
        return new ProtectedProviderTokens(
            tokens.AccessToken is { Length: > 0 } access ? protector.Protect(access, purpose) : null,
            tokens.RefreshToken is { Length: > 0 } refresh ? protector.Protect(refresh, purpose) : null,
            tokens.ExpiresAt,
            tokens.Scope);
    }
}
