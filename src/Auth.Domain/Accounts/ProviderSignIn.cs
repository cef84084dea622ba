using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.Accounts;

/// <summary>
/// The linking rules of a provider sign-in. A known provider account signs its user in. Otherwise the provider must
/// vouch for the email: then it links to the user with that email (whose own email must be verified, so nobody who
/// merely typed it at sign-up gets the account), or a new user is registered (provider set, email verified, no
/// password). An unverified email never links nor registers.
/// </summary>
public static class ProviderSignIn
{
    /// <summary>The provider account is already linked to <paramref name="owner"/>.</summary>
    public static Result<ProviderSignInOutcome> Returning(
        Account account, User owner, ProtectedProviderTokens tokens, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(owner);
        if (owner.Id != account.UserId) throw new ArgumentException("The owner is another user.", nameof(owner));

        var allowed = owner.EnsureCanSignInWithoutPassword(now);
        if (allowed.IsFailure) return allowed.Error!;
        account.RecordSignIn(tokens, now);
        return new ProviderSignInOutcome(owner, account, IsNewUser: false, IsNewAccount: false);
    }

    /// <summary>
    /// The provider account is not linked yet. <paramref name="sameEmail"/> is the user who has the email the provider
    /// gave (if any), with <paramref name="sameEmailAccounts"/> the accounts already linked to them.
    /// </summary>
    public static Result<ProviderSignInOutcome> FirstTime(
        ProviderIdentity identity, ProtectedProviderTokens tokens, User? sameEmail, IReadOnlyCollection<Account> sameEmailAccounts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(sameEmailAccounts);
        if (identity.VerifiedEmail is not { } email) return AccountErrors.ProviderEmailNotVerified;
        if (sameEmail is not null && sameEmail.Email != email) throw new ArgumentException("The user has another email.", nameof(sameEmail));

        if (sameEmail is null)
        {
            var user = User.RegisterFromProvider(identity.DisplayName(), email, identity.Provider, identity.AccountId, emailVerified: true, now);
            if (Avatar.Create(identity.AvatarUrl, publicId: null, size: null) is { IsSuccess: true } avatar) user.UpdateProfile(null, avatar.Value, now);
            return SignedIn(Account.Link(user.Id, identity, tokens, now), user, tokens, isNewUser: true, now);
        }

        var allowed = sameEmail.EnsureCanSignInWithoutPassword(now);
        if (allowed.IsFailure) return allowed.Error!;
        if (!sameEmail.IsEmailVerified) return AccountErrors.LocalEmailNotVerified;
        if (sameEmailAccounts.Any(a => a.UserId == sameEmail.Id && a.Provider == identity.Provider)) return AccountErrors.ProviderAlreadyLinked;
        return SignedIn(Account.Link(sameEmail.Id, identity, tokens, now), sameEmail, tokens, isNewUser: false, now);
    }

    /// <summary>
    /// A signed-in person links a provider account from their account page. Having proved both sides (our session and
    /// the provider's consent), the provider's email need not match theirs. Refused: a deleted account, a provider account
    /// that signs another user in, a second account of the same provider. Linking the one already linked changes nothing
    /// but its tokens.
    /// </summary>
    public static Result<ProviderSignInOutcome> LinkToSignedIn(
        ProviderIdentity identity, ProtectedProviderTokens tokens, User user, Account? linked, IReadOnlyCollection<Account> userAccounts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(userAccounts);
        var allowed = user.EnsureCanSignInWithoutPassword(now);
        if (allowed.IsFailure) return allowed.Error!;
        if (linked is not null && linked.UserId != user.Id) return AccountErrors.ProviderAccountLinkedElsewhere;
        if (linked is not null) return Returning(linked, user, tokens, now);
        if (userAccounts.Any(a => a.UserId == user.Id && a.Provider == identity.Provider)) return AccountErrors.ProviderLinkedAlready;
        return SignedIn(Account.Link(user.Id, identity, tokens, now), user, tokens, isNewUser: false, now);
    }

    /// <summary>
    /// The app exchanges its one-time code: the user must still be allowed in (not deleted; the password lock does not
    /// apply to a provider); with a second factor on (the authenticator app or the emailed code), the session waits for it
    /// as after a password.
    /// </summary>
    public static Result<SignInStep> Complete(User user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var allowed = user.EnsureCanSignInWithoutPassword(now);
        if (allowed.IsFailure) return allowed.Error!;
        if (user.HasSecondFactor) return SignInStep.SecondFactorRequired;
        user.RecordSignInWithoutPassword(now);
        return SignInStep.Completed;
    }

    private static ProviderSignInOutcome SignedIn(Account account, User user, ProtectedProviderTokens tokens, bool isNewUser, DateTimeOffset now)
    {
        account.RecordSignIn(tokens, now);
        return new ProviderSignInOutcome(user, account, isNewUser, IsNewAccount: true);
    }
}
